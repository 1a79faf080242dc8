// Actors moving on their own: one round of Bueno de Mesquita's expected-utility bargaining per
// issue (Scholz, Calbert & Smith 2011), with risk exponent r = 1 and Q = T = 1, damped.
import type { Rules } from '../rules';
import { setPos } from './effects';
import { clamp, q, type AutonomousMove, type IssueId, type World } from '../world';

/** Share of the model's proposed move an actor makes in one round (design assumption). */
export const DAMPING = 0.3;
/** Moves smaller than this are not reported in the briefing. */
const NOTABLE = 1;

/** Probability that i prevails over j on an issue, from everyone's capability-weighted votes. */
export function prevail(x: ArrayLike<number>, w: ArrayLike<number>, i: number, j: number): number {
  let num = 0;
  let den = 0;
  const xi = x[i]!;
  const xj = x[j]!;
  for (let k = 0; k < x.length; k++) {
    const xk = x[k]!;
    const v = w[k]! * (Math.abs(xk - xj) - Math.abs(xk - xi));
    if (v > 0) {
      num += v;
      den += v;
    } else den -= v;
  }
  return den > 0 ? num / den : 0.5;
}

/**
 * Expected utility of i challenging j, with r = 1 and Q = 1: the status-quo terms cancel and
 * E = 2d·(1 − 2·s_j·(1 − P_ij)), where d is their distance over the scale width.
 */
export function expectedUtility(d: number, sj: number, pij: number): number {
  return 2 * d * (1 - 2 * sj * (1 - pij));
}

/** One bargaining round on one issue. Returns each mover's new position (the player never moves here). */
export function bargainIssue(rules: Rules, world: World, issue: IssueId): AutonomousMove[] {
  const ids = rules.actorIds;
  const n = ids.length;
  const x = new Float64Array(n);
  const s = new Float64Array(n);
  const w = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = ids[k]!;
    x[k] = world.pos[a]![issue]!;
    s[k] = rules.salience[a]![issue]!;
    w[k] = rules.capability[a]! * s[k]!;
  }
  const moves: AutonomousMove[] = [];
  for (let j = 0; j < n; j++) {
    const jid = ids[j]!;
    if (jid === world.role) continue;
    const xj = x[j]!;
    let bestTo = xj;
    let bestSize = Infinity;
    let bestBy = -1;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      if (i === j || xi === xj) continue;
      const d = Math.abs(xi - xj) / 100;
      const pij = prevail(x, w, i, j);
      const eij = expectedUtility(d, s[j]!, pij);
      if (eij <= 0) continue;
      const eji = expectedUtility(d, s[i]!, 1 - pij);
      // Conflict: both would challenge, and the likelier winner takes it. Otherwise j capitulates
      // when it stands to lose more than i gains, or compromises by |E_ji / E_ij| of the way.
      const share = eji > 0 ? (pij > 0.5 ? 1 : 0) : -eji >= eij ? 1 : -eji / eij;
      if (share === 0) continue;
      const size = Math.abs(xi - xj) * share;
      // An actor takes the offer that asks the least of it (the smallest move).
      if (size > 0 && size < bestSize) {
        bestSize = size;
        bestTo = xj + (xi - xj) * share;
        bestBy = i;
      }
    }
    if (bestBy < 0) continue;
    const b = world.bounds[jid]![issue]!;
    const to = q(clamp(xj + DAMPING * (bestTo - xj), b.min, b.max));
    if (to !== xj) moves.push({ actor: jid, issue, from: xj, to, by: ids[bestBy]! });
  }
  return moves;
}

/** Runs every issue against the same start, then applies the moves together. */
export function bargainRound(rules: Rules, world: World): AutonomousMove[] {
  const all: AutonomousMove[] = [];
  for (const i of rules.issueIds) all.push(...bargainIssue(rules, world, i));
  for (const m of all) setPos(world, m.actor, m.issue, m.to);
  return all.filter((m) => Math.abs(m.to - m.from) >= NOTABLE);
}
