// Between rounds every actor re-weighs the coalition as it now stands: its commitment moves part
// of the way toward its chance of accepting the coalition's current line, plus seeded noise.
import { DIFFICULTIES } from '../difficulty';
import { stream } from '../random';
import type { Rules } from '../rules';
import { clamp, q, type ActorId, type World } from '../world';
import { coalitionLine } from './meter';
import { acceptChance } from './utility';

/** Share of the gap closed in one round (design assumption); the noise depends on the difficulty. */
export const DRIFT_RATE = 0.2;

export function driftRound(rules: Rules, world: World, noise = DIFFICULTIES[world.difficulty].driftNoise): { actor: ActorId; from: number; to: number }[] {
  const out: { actor: ActorId; from: number; to: number }[] = [];
  const line = coalitionLine(rules, world);
  const next = stream(world.seed, 'drift', world.round);
  for (const a of rules.actorIds) {
    const u = next(); // drawn for every actor, in scenario order, used or not
    if (a === world.role || !rules.eligible[a]) continue;
    const target = acceptChance(rules, world, a, world.role, {}, 0, true, line);
    const k = world.commit[a]!;
    const eps = noise * (2 * u - 1);
    const to = q(clamp(k + DRIFT_RATE * (target - k) + eps, 0, 1));
    if (to !== k) out.push({ actor: a, from: k, to });
  }
  for (const m of out) world.commit[m.actor] = m.to;
  return out.filter((m) => Math.abs(m.to - m.from) >= 0.02);
}
