// Calendar events: historical ones on their dates, random ones by seeded draws. The record's acts
// happen for every role, on their dates; an act that is the player's own diplomacy is left to the
// player, and one whose conditions the player's play has broken goes otherwise (or not at all).
import type { HistoricalEvent } from '../../data/schema';
import { check } from '../hindcast';
import { stream } from '../random';
import type { Rules } from '../rules';
import type { World } from '../world';
import { applyEffect } from './effects';

/** Whether a date falls in a round: from its own date up to the next round's (the last runs to the end). */
export function inRound(rules: Rules, round: number, date: string): boolean {
  const r = rules.scenario.calendar.rounds;
  const next = r[round + 1];
  return date >= r[round]! && (next === undefined ? date <= rules.scenario.calendar.end : date < next);
}

/** The id a round records when an act went otherwise than in the record. */
export const OTHERWISE = '/otherwise';

/** How a historical act goes in this world: as recorded, otherwise, skipped (the player's own), or not at all. */
export function actOutcome(rules: Rules, w: World, e: HistoricalEvent): 'record' | 'otherwise' | 'player' | 'none' {
  if (e.ownMove && e.actor === w.role) return 'player';
  const broken = (e.when ?? []).some((c) => check(rules, w, c, e.date) !== null);
  return !broken ? 'record' : e.otherwise ? 'otherwise' : 'none';
}

/** Fires this round's events in calendar order, then the random ones. Returns their ids. */
export function fireEvents(rules: Rules, world: World, probabilityScale = 1): string[] {
  const fired: string[] = [];
  for (const e of rules.scenario.events) {
    if (!inRound(rules, world.round, e.date)) continue;
    const how = actOutcome(rules, world, e);
    if (how === 'record') {
      for (const eff of e.effects) applyEffect(rules, world, eff);
      fired.push(e.id);
    } else if (how === 'otherwise') {
      for (const eff of e.otherwise!.effects) applyEffect(rules, world, eff);
      fired.push(`${e.id}${OTHERWISE}`);
    } else if (how === 'player') {
      // The player makes this capital's diplomacy; what constrained it (a red line lifted) still moves.
      for (const eff of e.effects) if (eff.kind === 'bound') applyEffect(rules, world, eff);
    }
  }
  const next = stream(world.seed, 'event', world.round);
  for (const e of rules.scenario.randomEvents) {
    const u = next(); // one draw per event, in scenario order, whether or not it can still fire
    const times = world.fired[e.id] ?? 0;
    if (times >= e.maxTimes) continue;
    if (u < e.probability * probabilityScale) {
      for (const eff of e.effects) applyEffect(rules, world, eff);
      world.fired[e.id] = times + 1;
      fired.push(e.id);
    }
  }
  return fired;
}
