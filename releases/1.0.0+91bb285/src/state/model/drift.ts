// Between rounds every actor re-weighs the coalition as it now stands: its commitment moves part
// of the way toward its chance of accepting the coalition's current line, plus seeded noise.
import { draw } from '../random';
import type { Rules } from '../rules';
import { clamp, q, type ActorId, type World } from '../world';
import { coalitionLine } from './meter';
import { evaluate } from './utility';

/** Share of the gap closed in one round, and the noise's half-width (design assumptions). */
export const DRIFT_RATE = 0.2;
export const DRIFT_NOISE = 0.03;

export function driftRound(rules: Rules, world: World, noise = DRIFT_NOISE): { actor: ActorId; from: number; to: number }[] {
  const out: { actor: ActorId; from: number; to: number }[] = [];
  const line = coalitionLine(rules, world);
  for (const a of rules.actorIds) {
    if (a === world.role || !rules.eligible[a]) continue;
    const target = evaluate(rules, world, a, world.role, {}, 0, true, line).pAccept;
    const k = world.commit[a]!;
    const eps = noise * (2 * draw(world.seed, 'drift', world.round, a) - 1);
    const next = q(clamp(k + DRIFT_RATE * (target - k) + eps, 0, 1));
    if (next !== k) out.push({ actor: a, from: k, to: next });
  }
  for (const m of out) world.commit[m.actor] = m.to;
  return out.filter((m) => Math.abs(m.to - m.from) >= 0.02);
}
