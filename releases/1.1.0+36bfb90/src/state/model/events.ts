// Calendar events: historical ones on their dates, random ones by seeded draws.
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

/** Fires this round's events in calendar order, then the random ones. Returns their ids. */
export function fireEvents(rules: Rules, world: World, probabilityScale = 1): string[] {
  const fired: string[] = [];
  for (const e of rules.scenario.events) {
    if (inRound(rules, world.round, e.date)) {
      for (const eff of e.effects) applyEffect(rules, world, eff);
      fired.push(e.id);
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
