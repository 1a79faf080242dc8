// How an addressed actor answers: accept with probability pAccept (one seeded draw), otherwise
// counter when the gap looks bridgeable, otherwise reject. Every answer keeps its evaluation.
import type { Rules } from '../rules';
import { clamp, q, type ActorId, type Terms, type World } from '../world';
import type { Evaluation } from './utility';

export type AnswerKind = 'accept' | 'reject' | 'counter';

/** Below this chance of accepting an actor does not bother to counter. */
export const COUNTER_FLOOR = 0.15;

export interface Answer {
  kind: AnswerKind;
  /** The seeded draw; accept when roll < pAccept. Null when an actor honours its own counter. */
  roll: number | null;
  evaluation: Evaluation;
  counter: Terms | null;
}

/** The counter-offer: the terms moved halfway toward the actor on the issue that costs it most. */
export function counterTerms(rules: Rules, world: World, actor: ActorId, asked: Terms, ev: Evaluation): Terms {
  let worst = ev.issues[0]!;
  let worstCost = -Infinity;
  for (const v of ev.issues) {
    const cost = v.salience * Math.abs(v.own - v.proposed) + 5 * v.beyond;
    if (cost > worstCost) {
      worstCost = cost;
      worst = v;
    }
  }
  const b = world.bounds[actor]![worst.issue]!;
  const moved = clamp(q((worst.proposed + worst.own) / 2), b.min, b.max);
  return { ...asked, [worst.issue]: Math.round(moved) };
}

export function decide(rules: Rules, world: World, actor: ActorId, asked: Terms, ev: Evaluation, roll: number): Answer {
  if (roll < ev.pAccept) return { kind: 'accept', roll: q(roll), evaluation: ev, counter: null };
  if (ev.pAccept >= COUNTER_FLOOR) {
    return { kind: 'counter', roll: q(roll), evaluation: ev, counter: counterTerms(rules, world, actor, asked, ev) };
  }
  return { kind: 'reject', roll: q(roll), evaluation: ev, counter: null };
}

export const sameTerms = (a: Terms, b: Terms): boolean => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};
