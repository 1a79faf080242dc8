// How an addressed actor answers. The spatial utility (utility.ts) says how much it likes the
// terms; an ask adds what asking costs (ambition, red lines crossed at all, pressing the same
// capital again in a round: scenario data, `answers`). It accepts with probability pAccept (one
// seeded draw), otherwise counters when the gap looks bridgeable, otherwise refuses. Every answer
// keeps its evaluation, whose factors the "Why?" shows.
import { PERSONAL, type Ask } from '../actions';
import { DIFFICULTIES } from '../difficulty';
import type { Rules } from '../rules';
import { clamp, q, type ActorId, type Answer, type AnswerKind, type Terms, type World } from '../world';
import { coalitionLine } from './meter';
import { evaluate, logistic, type Evaluation, type Factor } from './utility';

export type { Answer, AnswerKind };

/** Below this chance of accepting an actor does not bother to counter. */
export const COUNTER_FLOOR = 0.15;
/** At most this many halfway steps toward itself go into one counter-offer. */
const COUNTER_STEPS = 4;

/** The terms an ask puts: only a proposal names any; a call or a visit asks about the line as it is. */
export const askTerms = (action: Ask): Terms => (action.type === 'proposal' ? action.terms : {});

/**
 * How far a proposal asks the actor to move, issue by issue: Σ salience × (distance / 50)² over the
 * issues it names. Quadratic, as in the Euclidean spatial model: a small step costs little, a large
 * one disproportionately. Only a proposal asks an actor to move its own line (a yes moves it halfway).
 */
export function ambitionOf(rules: Rules, world: World, actor: ActorId, terms: Terms): number {
  const sal = rules.salience[actor]!;
  const pos = world.pos[actor]!;
  let a = 0;
  for (const i in terms) {
    const d = (terms[i]! - pos[i]!) / 50;
    a += sal[i]! * d * d;
  }
  return a;
}

/** How many of the issues a proposal names it puts beyond the actor's red lines (those that bind the terms it accepts). */
export function redLinesCrossed(rules: Rules, world: World, actor: ActorId, terms: Terms): number {
  let n = 0;
  for (const i in terms) {
    if (rules.ownOnly.has(i) || rules.ownLines.has(`${actor}.${i}`)) continue;
    const b = world.bounds[actor]![i]!;
    if (terms[i]! < b.min || terms[i]! > b.max) n += 1;
  }
  return n;
}

/** Asks the player already put to this actor this round, besides a counter-offer sent back (answered without a draw). */
export function earlierAsks(world: World, actor: ActorId): number {
  const cur = world.rounds[world.rounds.length - 1]!;
  let n = 0;
  for (const r of cur.actions)
    if (r.answer && r.answer.roll !== null && 'target' in r.action && r.action.target === actor) n += 1;
  return n;
}

/**
 * The asked actor's evaluation of an ask: the spatial utility, then what asking costs. The extra
 * factors join the utility's in the explanation, and the chance of yes is read off their sum.
 */
export function judge(
  rules: Rules,
  world: World,
  action: Ask,
  terms: Terms = askTerms(action),
  line: Terms = coalitionLine(rules, world),
): Evaluation {
  const j = action.target;
  const isProposal = action.type === 'proposal';
  const ev = evaluate(rules, world, j, world.role, terms, PERSONAL[action.type], isProposal, line);
  const a = rules.answers;
  const level = world.difficulty;
  const raw: [Factor['id'], number, number][] = [
    ['ambition', isProposal ? ambitionOf(rules, world, j, terms) : 0, -a.ambition[level].value],
    ['crossed', isProposal ? redLinesCrossed(rules, world, j, terms) : 0, -a.redLineStep.value],
    ['pressing', earlierAsks(world, j), -a.pressing.value],
  ];
  // From 1.6.0: every ask costs the asked capital's attention (older scenarios have no such factor).
  if (a.askCost) raw.push(['asking', 1, -a.askCost.value]);
  const extra: Factor[] = raw.map(([id, value, weight]) => ({
    id,
    value: q(value),
    weight,
    contribution: q(value * weight),
  }));
  let utility = ev.utility;
  for (const [, value, weight] of raw) utility += value * weight;
  return {
    ...ev,
    utility: q(utility),
    pAccept: q(logistic(utility, DIFFICULTIES[level].temperature)),
    factors: [...ev.factors, ...extra],
  };
}

/** The issue whose terms cost the actor most: salience × distance, plus red-line excess. */
function costliest(ev: Evaluation) {
  let worst = ev.issues[0]!;
  let worstCost = -Infinity;
  for (const v of ev.issues) {
    const cost = v.salience * Math.abs(v.own - v.proposed) + 5 * v.beyond;
    if (cost > worstCost) {
      worstCost = cost;
      worst = v;
    }
  }
  return worst;
}

/**
 * The counter-offer: terms the actor would itself accept with at least the scenario's `counterAt`
 * chance. It moves the terms halfway toward itself on the issue that costs it most, within its red
 * lines, and again on the (new) costliest, up to four steps: an ambitious ask draws a counter far
 * from it, a near one a counter close to it.
 */
export function counterTerms(rules: Rules, world: World, action: Ask, asked: Terms, ev: Evaluation): Terms {
  const actor = action.target;
  // Every step is judged in the same world: the coalition's line is read once.
  const line = coalitionLine(rules, world);
  let terms = asked;
  let cur = ev;
  for (let step = 0; step < COUNTER_STEPS; step++) {
    const worst = costliest(cur);
    const b = world.bounds[actor]![worst.issue]!;
    const moved = Math.round(clamp(q((worst.proposed + worst.own) / 2), b.min, b.max));
    if (terms[worst.issue] === moved) break;
    terms = { ...terms, [worst.issue]: moved };
    cur = judge(rules, world, { type: 'proposal', target: actor, terms }, terms, line);
    if (cur.pAccept >= rules.answers.counterAt.value) break;
  }
  return terms;
}

/**
 * Whether an actor that says no comes back with a counter-offer: the gap looks bridgeable, its
 * chance of yes before what the ask itself costs (`askCost`, from 1.6.0) at least COUNTER_FLOOR.
 * The ask's cost is the price of a yes, not of talking: a capital that will not accede still takes
 * the call and says on what terms it would (in 2015 Moscow took Washington's calls all through the
 * weeks it refused its coalition: the Kerry–Lavrov calls, Kerry in Moscow on 15 December).
 */
export function wouldCounter(world: World, ev: Evaluation): boolean {
  const asking = ev.factors.find((f) => f.id === 'asking')?.contribution ?? 0;
  const chance = asking === 0 ? ev.pAccept : logistic(ev.utility - asking, DIFFICULTIES[world.difficulty].temperature);
  return chance >= COUNTER_FLOOR;
}

export function decide(rules: Rules, world: World, action: Ask, asked: Terms, ev: Evaluation, roll: number): Answer {
  if (roll < ev.pAccept) return { kind: 'accept', roll: q(roll), evaluation: ev, counter: null };
  if (wouldCounter(world, ev)) {
    return { kind: 'counter', roll: q(roll), evaluation: ev, counter: counterTerms(rules, world, action, asked, ev) };
  }
  return { kind: 'reject', roll: q(roll), evaluation: ev, counter: null };
}

export const sameTerms = (a: Terms, b: Terms): boolean => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};
