// Pressure to the end (from 1.6.0, issue 24): a coalition that forms must be held. A member that the
// coalition's line does not hold (it would accept the line the others make with a chance below 50%)
// is in only by its deal with the player. Each round it hears nothing from the player its commitment
// wears; and each round it is tested: it may leave, with a chance that rises with how far the line
// stands from what it accepts and with the round's shocks (a shootdown, an attack, strikes that hit
// the wrong people, a spoiler's move), and falls with its commitment above the line and with the
// player's attention. Leaving is the member's own act, recorded with its chance and its roll, so the
// "Why?" can show both. Only members the player brought in are tested (those outside on 17 November),
// and only while the line does not hold them: the record's coalitions stay as they stood.
import { stream } from '../random';
import { roleOf, type Rules } from '../rules';
import { clamp, q, type ActionRecord, type ActorId, type PressureTest, type World } from '../world';
import { addCommit } from './effects';
import { linesWithout, MEMBER_AT, members } from './meter';
import { acceptChance } from './utility';

export type { PressureTest } from '../world';

/** How far below the line of membership a member that leaves falls (design assumption). */
export const LEFT_DROP = 0.15;

/** The members the player talked to in a round: they said yes or made a counter-offer. */
export function attendedIn(actions: readonly ActionRecord[]): Set<ActorId> {
  const out = new Set<ActorId>();
  for (const r of actions)
    if ((r.answer?.kind === 'accept' || r.answer?.kind === 'counter') && 'target' in r.action) out.add(r.action.target);
  return out;
}

/**
 * Whether a capital was a member when the game began (the record's coalitions on 17 November): the
 * coalition the player inherits is not tested; one it built is.
 */
export function startedIn(rules: Rules, w: World, a: ActorId): boolean {
  const start = roleOf(rules.scenario, w.role)!.commitments[a]?.value ?? rules.actor[a]!.commitment.value;
  return start >= MEMBER_AT;
}

/**
 * The chance a member the player brought in leaves this round: a base chance and each shock's, less
 * what its commitment above the line of membership holds (half of it at `span` above the line or
 * more), and less again when the player talked to it this round. No member is ever sure.
 */
export function leaveChance(rules: Rules, t: Pick<PressureTest, 'commitment' | 'shocks' | 'attended'>): number {
  const p = rules.answers.pressure;
  if (!p) return 0;
  const hold = clamp((t.commitment - MEMBER_AT) / p.span.value, 0, 1);
  const chance = (p.leave.value + p.shock.value * t.shocks.length) * (1 - hold / 2);
  return q(clamp(chance * (t.attended ? p.attention.value : 1), 0, 1));
}

/**
 * The round's tests, after the calendar has fired (`fired`: its ids). Writes commitment into `w`
 * (a world the caller has just cloned) and returns every test, whether the member left or stayed.
 */
export function pressureRound(
  rules: Rules,
  w: World,
  actions: readonly ActionRecord[],
  fired: readonly string[],
): PressureTest[] {
  const p = rules.answers.pressure;
  if (!p) return [];
  const next = stream(w.seed, 'pressure', w.round);
  const who = members(rules, w);
  const lines = linesWithout(rules, w, who);
  const attended = attendedIn(actions);
  const shocks = p.shocks.map((s) => s.event).filter((id) => fired.includes(id));
  const out: PressureTest[] = [];
  for (const a of rules.actorIds) {
    const u = next(); // drawn for every actor, in scenario order, tested or not
    const m = who.indexOf(a);
    if (m < 0 || a === w.role || startedIn(rules, w, a)) continue;
    const line = q(acceptChance(rules, w, a, w.role, {}, 0, true, lines.without[m]));
    const heard = attended.has(a);
    // Unattended, the deal wears (it stays in: leaving is its own act, below).
    if (!heard) addCommit(w, a, -p.wear.value);
    const t = { line, commitment: w.commit[a]!, shocks, attended: heard };
    const chance = leaveChance(rules, t);
    const left = u < chance;
    // It leaves by its own act, and not to the door: outside, LEFT_DROP below the line of membership
    // (or lower, where the line would take it), so one deal does not bring it straight back.
    if (left) addCommit(w, a, Math.min(line, MEMBER_AT) - LEFT_DROP - w.commit[a]!, true);
    out.push({ actor: a, ...t, chance, roll: q(u), left });
  }
  return out;
}
