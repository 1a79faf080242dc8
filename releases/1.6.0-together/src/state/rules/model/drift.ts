// Between rounds every actor re-weighs the coalition as it now stands: its commitment moves part
// of the way toward its chance of accepting the line the other members make, plus seeded noise.
import { DIFFICULTIES } from '../difficulty';
import { stream } from '../random';
import type { Rules } from '../rules';
import { clamp, isHuman, q, type ActorId, type World } from '../world';
import { keepSide } from './effects';
import { linesWithout, members } from './meter';
import { acceptChance } from './utility';

/** Share of the gap closed in one round (design assumption); the noise depends on the difficulty. */
export const DRIFT_RATE = 0.2;

export function driftRound(
  rules: Rules,
  world: World,
  noise = DIFFICULTIES[world.difficulty].driftNoise,
): { actor: ActorId; from: number; to: number }[] {
  const out: { actor: ActorId; from: number; to: number }[] = [];
  const next = stream(world.seed, 'drift', world.round);
  // Everyone re-weighs the same coalition: its members are read once, before anyone moves.
  const who = members(rules, world);
  // A member weighs the line the others make; an actor outside, the line the members make.
  const lines = linesWithout(rules, world, who);
  for (const a of rules.actorIds) {
    const u = next(); // drawn for every actor, in scenario order, used or not
    if (isHuman(world, a) || !rules.eligible[a]) continue;
    const m = who.indexOf(a);
    const target = acceptChance(rules, world, a, world.role, {}, 0, true, m < 0 ? lines.all : lines.without[m]);
    const k = world.commit[a]!;
    const eps = noise * (2 * u - 1);
    // Re-weighing moves commitment, never across the line of membership: joining and leaving are acts.
    const to = keepSide(k, q(clamp(k + DRIFT_RATE * (target - k) + eps, 0, 1)));
    if (to !== k) out.push({ actor: a, from: k, to });
  }
  for (const m of out) world.commit[m.actor] = m.to;
  return out.filter((m) => Math.abs(m.to - m.from) >= 0.02);
}
