// Actors moving on their own: one round of Bueno de Mesquita's expected-utility bargaining per
// issue (Scholz, Calbert & Smith 2011), with risk exponent r = 1 and Q = T = 1, damped.
import type { Rules } from '../rules';
import { clamp, q, type ActorId, type AutonomousMove, type IssueId, type World } from '../world';

/** Share of the model's proposed move an actor makes in one round (design assumption). */
export const DAMPING = 0.3;
/** Moves smaller than this are not reported in the briefing. */
const NOTABLE = 1;

/** Probability that i prevails over j on an issue, from everyone's capability-weighted votes. */
export function prevail(x: number[], w: number[], i: number, j: number): number {
  let num = 0;
  let den = 0;
  for (let k = 0; k < x.length; k++) {
    const v = w[k]! * (Math.abs(x[k]! - x[j]!) - Math.abs(x[k]! - x[i]!));
    if (v > 0) num += v;
    den += Math.abs(v);
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
  const x = ids.map((a) => world.pos[a]![issue]!);
  const s = ids.map((a) => rules.salience[a]![issue]!);
  const w = ids.map((a, k) => rules.capability[a]! * s[k]!);
  const moves: AutonomousMove[] = [];
  for (let j = 0; j < n; j++) {
    const jid = ids[j]!;
    if (jid === world.role) continue;
    let best: { to: number; by: ActorId; size: number } | null = null;
    for (let i = 0; i < n; i++) {
      if (i === j || x[i] === x[j]) continue;
      const d = Math.abs(x[i]! - x[j]!) / 100;
      const pij = prevail(x, w, i, j);
      const eij = expectedUtility(d, s[j]!, pij);
      if (eij <= 0) continue;
      const eji = expectedUtility(d, s[i]!, 1 - pij);
      // Conflict: both would challenge, and the likelier winner takes it. Otherwise j capitulates
      // when it stands to lose more than i gains, or compromises by |E_ji / E_ij| of the way.
      let share: number;
      if (eji > 0) share = pij > 0.5 ? 1 : 0;
      else share = Math.abs(eji) >= eij ? 1 : Math.abs(eji) / eij;
      if (share === 0) continue;
      const to = x[j]! + (x[i]! - x[j]!) * share;
      const size = Math.abs(to - x[j]!);
      // An actor takes the offer that asks the least of it (the smallest move).
      if (size > 0 && (best === null || size < best.size)) best = { to, by: ids[i]!, size };
    }
    if (!best) continue;
    const b = world.bounds[jid]![issue]!;
    const to = q(clamp(x[j]! + DAMPING * (best.to - x[j]!), b.min, b.max));
    if (Math.abs(to - x[j]!) > 0) moves.push({ actor: jid, issue, from: x[j]!, to, by: best.by });
  }
  return moves;
}

/** Runs every issue against the same start, then applies the moves together. */
export function bargainRound(rules: Rules, world: World): AutonomousMove[] {
  const all: AutonomousMove[] = [];
  for (const i of rules.issueIds) all.push(...bargainIssue(rules, world, i));
  for (const m of all) world.pos[m.actor]![m.issue] = m.to;
  return all.filter((m) => Math.abs(m.to - m.from) >= NOTABLE);
}
