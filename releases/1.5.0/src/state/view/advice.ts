// "What you might do": the move that, if answered yes, brings the checklist closest to met for its
// cost in action points, weighed by its chance of yes. A hint read off the checklist and the
// previews a player can see, never off the seeded draws.
import { COST, type PlayerAction } from '../rules/actions';
import { describeShort } from './explain';
import { ceilings } from './goal';
import { coalitionLine, MEMBER_AT } from '../rules/model/meter';
import { previewMove } from './preview';
import { partnerExcess, roleOf, type Rules } from '../rules/rules';
import { goalChecklist } from './goal';
import { validateAction } from '../rules/actions';
import type { ActorId, World } from '../rules/world';

/** How near the checklist is to met, as one number: the advisor compares moves by it. */
export function progress(rules: Rules, w: World): number {
  const role = roleOf(rules.scenario, w.role)!;
  const need = role.needs.grand;
  let s = 0;
  for (const a of need) {
    const k = w.commit[a]!;
    s += 3 * Math.min(k / MEMBER_AT, 1) + Math.min(ceilings(rules, w, a).goodwill / MEMBER_AT, 1);
    s += 0.5 * Math.min(Math.max(k - MEMBER_AT, 0) / 0.2, 1);
    // A member's condition on this capital's own line (Obama's on Moscow's strikes) keeps it out
    // however committed it is: its distance counts like a term's.
    for (const { by, line } of rules.linesOn[a]!)
      if (by !== a && need.includes(by)) s += 2 * Math.max(0, 1 - partnerExcess(line, w.pos[a]![line.issue]!) / 40);
  }
  const GRAND = rules.outcomes.grand;
  s += 1.5 * Math.min(w.deconfliction / GRAND.deconfliction, 1);
  s += Math.min(w.meter.value / GRAND.meter, 1);
  const line = coalitionLine(rules, w, [...new Set([...w.meter.members, ...need])]);
  for (const t of role.terms) {
    const v = t.actor ? w.pos[t.actor]![t.issue]! : line[t.issue]!;
    const gap = t.min !== undefined ? t.min - v : v - t.max!;
    s += 2 * (gap <= 0 ? 1 : Math.max(0, 1 - gap / 40));
  }
  return s;
}

export interface Advice {
  action: PlayerAction;
  text: string;
  chance: number | null;
}

function candidates(rules: Rules, w: World): Exclude<PlayerAction, { type: 'end' }>[] {
  const role = roleOf(rules.scenario, w.role)!;
  const me = w.pos[w.role]!;
  const out: Exclude<PlayerAction, { type: 'end' }>[] = [];
  const others = rules.actorIds.filter((a) => a !== w.role && rules.eligible[a]);
  for (const j of others) out.push({ type: 'call', target: j }, { type: 'visit', target: j });
  for (const [j, terms] of Object.entries(w.counters)) out.push({ type: 'proposal', target: j, terms });
  const bound = (t: (typeof role.terms)[number]) => (t.min ?? t.max)!;
  for (const j of role.needs.grand as ActorId[]) {
    const theirs = w.pos[j]!;
    const all: Record<string, number> = {};
    const mid: Record<string, number> = {};
    for (const t of role.terms) {
      const b = bound(t);
      all[t.issue] = b;
      const m = Math.round((me[t.issue]! + theirs[t.issue]!) / 2);
      mid[t.issue] = t.max !== undefined ? Math.min(m, b) : Math.max(m, b);
      out.push({ type: 'proposal', target: j, terms: { [t.issue]: b } });
    }
    out.push({ type: 'proposal', target: j, terms: all }, { type: 'proposal', target: j, terms: mid });
    for (const i of rules.issueIds) out.push({ type: 'concession', target: j, issue: i });
  }
  for (const t of role.terms) {
    const b = bound(t);
    out.push({ type: 'statement', issue: t.issue, position: t.max !== undefined ? Math.max(0, b - 5) : b + 5 });
  }
  return out;
}

/** Which of the given checklist terms no longer hold in this world. */
export function brokenTerms(rules: Rules, w: World, ids: string[]): string[] {
  const now = goalChecklist(rules, w);
  return ids.filter((id) => now.find((i) => i.id === id)?.met === false);
}

/** The best-looking move now, or the end of the round when no move helps (or none is affordable). */
export function advise(rules: Rules, w: World): Advice {
  const base = progress(rules, w);
  let best: { a: Exclude<PlayerAction, { type: 'end' }>; v: number; p: number | null } | null = null;
  const metTerms = goalChecklist(rules, w)
    .filter((i) => i.kind === 'term' && i.met)
    .map((i) => i.id);
  for (const a of candidates(rules, w)) {
    if (validateAction(rules, w, a) !== null) continue;
    const pv = previewMove(rules, w, a);
    const p = pv.chance ?? 1;
    // Never hint a move whose yes would break one of the player's terms that holds now.
    if (metTerms.length && brokenTerms(rules, pv.ifYes, metTerms).length) continue;
    const v = (p * (progress(rules, pv.ifYes) - base)) / COST[a.type];
    if (v > 0.005 && (!best || v > best.v)) best = { a, v, p: a.type === 'statement' ? null : p };
  }
  if (!best)
    return {
      action: { type: 'end' },
      text:
        w.ap > 0
          ? 'No move on offer brings your goal closer now: end the round and see how the others move.'
          : 'No action points left: end the round.',
      chance: null,
    };
  return {
    action: best.a,
    text: `${describeShort(rules, best.a)}${best.p !== null ? ` (chance of yes about ${Math.round(best.p * 100)}%)` : ''}.`,
    chance: best.p,
  };
}
