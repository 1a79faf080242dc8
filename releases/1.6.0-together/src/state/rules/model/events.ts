// Calendar events: historical ones on their dates, random ones by seeded draws. The record's acts
// happen for every role, on their dates; an act that is the player's own diplomacy is left to the
// player, and one whose conditions the player's play has broken goes otherwise (or not at all).
import type { Condition, HistoricalEvent } from '../../../data/schema';
import { check } from '../hindcast';
import { stream } from '../random';
import type { Rules } from '../rules';
import { isHuman, type World } from '../world';
import { applyEffect } from './effects';

/** Whether a date falls in a round: from its own date up to the next round's (the last runs to the end). */
export function inRound(rules: Rules, round: number, date: string): boolean {
  const r = rules.scenario.calendar.rounds;
  const next = r[round + 1];
  return date >= r[round]! && (next === undefined ? date <= rules.scenario.calendar.end : date < next);
}

/** Each round's dated events, in calendar order: the calendar does not change in a game. */
const byRound = new WeakMap<Rules, HistoricalEvent[][]>();
function eventsIn(rules: Rules, round: number): HistoricalEvent[] {
  let table = byRound.get(rules);
  if (!table) {
    table = rules.scenario.calendar.rounds.map((_, k) =>
      rules.scenario.events.filter((e) => inRound(rules, k, e.date)),
    );
    byRound.set(rules, table);
  }
  return table[round] ?? [];
}

/** The id a round records when an act went otherwise than in the record. */
export const OTHERWISE = '/otherwise';

/** The id a round records when the player's capital blocked a vote that needed it (a veto). */
export const VETOED = '/vetoed';

/** Whether the player's capital can veto this vote (a permanent member the player leads) or decline this visit (its host). */
export const vetoable = (e: HistoricalEvent, role: string): boolean => e.veto?.by[role] !== undefined;

/** Whether blocking this act is a host declining a visit (else a vote blocked). */
export const declinable = (e: HistoricalEvent): boolean => e.veto?.kind === 'visit';

/** Whether an act is the role's to decide: its own government's act (not diplomacy), or a vote it can block. */
const decidable = (e: HistoricalEvent, role: string): boolean =>
  (e.actor === role && !e.ownMove && e.decide !== undefined) || vetoable(e, role);

export type ActHow = 'record' | 'otherwise' | 'player' | 'decision' | 'none';

/**
 * How a historical act goes in this world: as recorded, otherwise, not at all, left to the player's
 * diplomacy (`player`: the player makes that capital's calls and visits), or put to the player
 * (`decision`: the player's own government decides its decree, vote or deployment). `now` holds the
 * acts already carried out this round, before this one.
 */
export function actOutcome(rules: Rules, w: World, e: HistoricalEvent, now: readonly string[] = []): ActHow {
  if (e.actor !== undefined && isHuman(w, e.actor)) return e.ownMove ? 'player' : 'decision';
  return brokenConditions(rules, w, e, now).length === 0 ? 'record' : e.otherwise ? 'otherwise' : 'none';
}

/** The conditions of an act that the world breaks (empty: it goes as recorded). */
export function brokenConditions(
  rules: Rules,
  w: World,
  e: HistoricalEvent,
  now: readonly string[] = [],
): { condition: Condition; shows: string }[] {
  const out: { condition: Condition; shows: string }[] = [];
  for (const c of e.when ?? []) {
    if (!readsFor(c, w.role)) continue;
    const shows = check(rules, w, c.check, e.date, now);
    if (shows !== null) out.push({ condition: c, shows });
  }
  return out;
}

/** Whether a condition reads for a role (membership is the player's own coalition: see Condition.roles). */
const readsFor = (c: Condition, role: string): boolean => !c.roles || c.roles.includes(role);

/** The acts the player's government decided to take in a round's moves. */
export function takenIn(actions: readonly { action: { type: string; act?: string } }[]): string[] {
  const out: string[] = [];
  for (const a of actions) if (a.action.type === 'decide' && a.action.act) out.push(a.action.act);
  return out;
}

/**
 * The acts the player's government can decide this round: its own capital's dated acts that are not
 * diplomacy, and the votes it can veto and the visits it can decline, dated in this round, whose prerequisites (the acts
 * they answered) took place.
 */
export function decisionsOpen(rules: Rules, w: World): HistoricalEvent[] {
  return eventsIn(rules, w.round).filter(
    (e) =>
      decidable(e, w.role) &&
      (e.when ?? []).every(
        (c) => c.check.kind !== 'act' || !readsFor(c, w.role) || check(rules, w, c.check, e.date) === null,
      ),
  );
}

/** Why the player cannot take this act now (null: it can). */
export function decisionRefusal(rules: Rules, w: World, id: string): string | null {
  const e = rules.scenario.events.find((x) => x.id === id);
  if (!e) return `unknown act "${id.slice(0, 40)}"`;
  if (!decidable(e, w.role)) return `"${e.title}" is not your government\u2019s to decide`;
  if (!decisionsOpen(rules, w).includes(e)) return `"${e.title}" is not open to decision this round`;
  const cur = w.rounds[w.rounds.length - 1]!;
  if (takenIn(cur.actions).includes(id)) return `"${e.title}" is decided already`;
  return null;
}

/** Fires this round's events in calendar order, then the random ones. Returns their ids. */
export function fireEvents(rules: Rules, world: World, probabilityScale = 1, taken: readonly string[] = []): string[] {
  const fired: string[] = [];
  for (const e of eventsIn(rules, world.round)) {
    const how = actOutcome(rules, world, e, fired);
    if (how === 'record' && vetoable(e, world.role) && taken.includes(e.id)) {
      // The player's capital vetoed a vote that would have passed (or declined a visit that would have
      // taken place): it fails, and blocking it has its cost.
      for (const eff of e.veto!.by[world.role]!.effects) applyEffect(rules, world, eff, true);
      fired.push(`${e.id}${VETOED}`);
    } else if (how === 'record' || (how === 'decision' && taken.includes(e.id))) {
      for (const eff of e.effects) applyEffect(rules, world, eff, true);
      fired.push(e.id);
    } else if (how === 'otherwise') {
      for (const eff of e.otherwise!.effects) applyEffect(rules, world, eff, true);
      fired.push(`${e.id}${OTHERWISE}`);
    } else if (how === 'player') {
      // The player makes this capital's diplomacy; what constrained it (a red line lifted) still moves.
      for (const eff of e.effects) if (eff.kind === 'bound') applyEffect(rules, world, eff, true);
    }
  }
  const next = stream(world.seed, 'event', world.round);
  for (const e of rules.scenario.randomEvents) {
    const u = next(); // one draw per event, in scenario order, whether or not it can still fire
    const times = world.fired[e.id] ?? 0;
    if (times >= e.maxTimes) continue;
    if (u < e.probability * probabilityScale) {
      // What might have happened is no act of a capital: it moves commitment, never across membership.
      for (const eff of e.effects) applyEffect(rules, world, eff, false);
      world.fired[e.id] = times + 1;
      fired.push(e.id);
    }
  }
  return fired;
}
