// Bots that play whole games headless: for the command-line runner, soak tests and balance.
// A policy sees the world and returns its next move; it never sees future draws.
import type { Scenario } from '../../data/schema';
import type { Difficulty } from '../rules/difficulty';
import { COST, MOVE_TYPES, PERSONAL, validateAction, type PlayerAction } from '../rules/actions';
import { finalHash, type PlayedGame } from '../rules/game';
import { decisionsOpen, takenIn } from '../rules/model/events';
import { coalitionLine, MEMBER_AT, memberPoints } from '../rules/model/meter';
import { outcomeOf } from '../rules/model/outcome';
import { acceptChance, acceptChances, issueViews, type IssueView } from '../rules/model/utility';
import { draw } from '../rules/random';
import { buildRules, type Rules } from '../rules/rules';
import { machineSeat, reducerSeat, type Seat } from './seat';
import { initWorld } from '../rules/step';
import type { ActorId, Terms, World } from '../rules/world';

export type PolicyName = 'passive' | 'random' | 'greedy' | 'historical' | 'strategist' | 'coaster';
export const POLICIES: readonly PolicyName[] = ['passive', 'random', 'greedy', 'historical', 'strategist', 'coaster'];

/** A bot: the world and the move's index in the round in, its next move out. */
export type Policy = (rules: Rules, world: World, step: number) => PlayerAction;

const others = (rules: Rules, w: World) => rules.actorIds.filter((a) => a !== w.role);

const passive: Policy = () => ({ type: 'end' });

const random: Policy = (rules, w, step) => {
  const r = (k: number) => draw(w.seed, 'policy', w.round, 'random', step * 8 + k);
  if (w.ap === 0 || r(0) < 0.15) return { type: 'end' };
  const targets = others(rules, w);
  const target = targets[Math.floor(r(1) * targets.length)]!;
  const issue = rules.issueIds[Math.floor(r(2) * rules.issueIds.length)]!;
  const position = Math.round(r(3) * 100);
  const kind = MOVE_TYPES[Math.floor(r(4) * MOVE_TYPES.length)]!;
  const a: PlayerAction =
    kind === 'call' || kind === 'visit'
      ? { type: kind, target }
      : kind === 'proposal'
        ? { type: 'proposal', target, terms: { [issue]: position } }
        : kind === 'statement'
          ? { type: 'statement', issue, position }
          : { type: 'concession', target, issue };
  return validateAction(rules, w, a) === null ? a : { type: 'end' };
};

/** Points an actor would add to the meter as a member, assuming middling agreement. */
const memberValue = (rules: Rules, w: World, a: ActorId): number =>
  memberPoints(rules, a, Math.max(w.commit[a]!, MEMBER_AT), 0.5);

/** The meter points an ask is worth if it raises `j`'s commitment by `dk`: all of them if it brings `j` in. */
function gainIf(rules: Rules, w: World, j: ActorId, dk: number): number {
  const k = w.commit[j]!;
  const wasIn = k >= MEMBER_AT;
  const willIn = k + dk >= MEMBER_AT;
  return willIn && !wasIn
    ? memberValue(rules, w, j)
    : willIn
      ? memberValue(rules, w, j) * 0.3 * dk
      : memberValue(rules, w, j) * dk * 0.5;
}

/** The issue on which the coalition's line costs `j` most, as an actor's counter-offer would pick it. */
function costliest(rules: Rules, w: World, j: ActorId, line: Terms): IssueView {
  const views = issueViews(rules, w, j, {}, line);
  let worst = views[0]!;
  for (const v of views)
    if (
      v.salience * Math.abs(v.own - v.proposed) + 5 * v.beyond >
      worst.salience * Math.abs(worst.own - worst.proposed) + 5 * worst.beyond
    )
      worst = v;
  return worst;
}

/**
 * One-step lookahead on the meter: for each actor not yet firmly in, the expected gain of a call,
 * a visit or a proposal that meets it halfway on its costliest issue, per action point.
 */
const greedy: Policy = (rules, w) => {
  if (w.ap === 0) return { type: 'end' };
  const best: { a: PlayerAction; v: number } = { a: { type: 'end' }, v: 0.05 };
  const consider = (j: ActorId, a: PlayerAction, p: number, dk: number) => {
    if (validateAction(rules, w, a) !== null) return;
    const v = (p * gainIf(rules, w, j, dk)) / COST[a.type];
    if (v > best.v) [best.a, best.v] = [a, v];
  };
  const line = coalitionLine(rules, w);
  for (const j of others(rules, w)) {
    if (!rules.eligible[j] || w.commit[j]! >= 0.85) continue;
    const pending = w.counters[j];
    if (pending) consider(j, { type: 'proposal', target: j, terms: pending }, 1, 0.3);
    const [byCall, byVisit] = acceptChances(rules, w, j, w.role, {}, [PERSONAL.call, PERSONAL.visit], false, line);
    consider(j, { type: 'call', target: j }, byCall!, 0.15);
    consider(j, { type: 'visit', target: j }, byVisit!, 0.3);
    const worst = costliest(rules, w, j, line);
    const terms = { [worst.issue]: Math.round((worst.own + worst.proposed) / 2) };
    const p = acceptChance(rules, w, j, w.role, terms, PERSONAL.proposal, true, line);
    // A proposal moves the player's own line: discount it by how far it moves.
    consider(
      j,
      { type: 'proposal', target: j, terms },
      p * Math.min(1, Math.max(0.2, 1 - Math.abs(worst.own - worst.proposed) / 200)),
      0.3,
    );
  }
  return best.a;
};

/**
 * What France did, round by round (see docs/MODEL.md for the sources): calls to Putin and Obama,
 * Cameron in Paris, the visits to Washington (24 Nov) and Moscow (26 Nov), an ISIS-first deal
 * with Moscow, Assad's departure kept as France's line.
 */
const FRANCE: Record<number, PlayerAction[]> = {
  0: [
    { type: 'call', target: 'RUS' },
    { type: 'call', target: 'USA' },
    { type: 'call', target: 'GBR' },
  ],
  1: [
    { type: 'statement', issue: 'target', position: 5 },
    { type: 'call', target: 'DEU' },
    { type: 'call', target: 'RUS' },
  ],
  2: [
    { type: 'call', target: 'GBR' },
    { type: 'visit', target: 'USA' },
  ],
  // Hollande in Moscow: intelligence to be shared and strikes on ISIS coordinated; no agreement
  // on what else Russia strikes, nor on Assad (bi-hollande-putin, pri-hollande-putin).
  3: [
    { type: 'visit', target: 'RUS' },
    { type: 'proposal', target: 'RUS', terms: { russia: 75 } },
  ],
  4: [
    { type: 'call', target: 'DEU' },
    { type: 'call', target: 'USA' },
    { type: 'statement', issue: 'assad', position: 20 },
  ],
  5: [
    { type: 'call', target: 'GBR' },
    { type: 'call', target: 'DEU' },
    { type: 'call', target: 'JOR' },
  ],
  6: [
    { type: 'call', target: 'SAU' },
    { type: 'call', target: 'TUR' },
    { type: 'call', target: 'RUS' },
  ],
  7: [
    { type: 'call', target: 'ARE' },
    { type: 'call', target: 'EGY' },
    { type: 'call', target: 'USA' },
  ],
  8: [
    { type: 'call', target: 'RUS' },
    { type: 'call', target: 'QAT' },
    { type: 'call', target: 'NATO' },
  ],
  9: [
    { type: 'statement', issue: 'vienna', position: 85 },
    { type: 'call', target: 'USA' },
    { type: 'call', target: 'RUS' },
  ],
  10: [
    { type: 'call', target: 'DEU' },
    { type: 'call', target: 'GBR' },
  ],
  11: [{ type: 'call', target: 'USA' }],
};

/**
 * What Washington did: Obama's conditional offer to Moscow (17 Nov), the Vienna line, Hollande in
 * Washington and Obama's call to Erdoğan (24 Nov), Kerry's call to Lavrov after the Su-24 (25 Nov),
 * Obama with Erdoğan at COP21 (1 Dec), Kerry in Moscow (15 Dec), Resolution 2254 (18 Dec); Assad's
 * departure kept as the US line. Sources as for France, and docs/MODEL.md.
 */
const UNITED_STATES: Record<number, PlayerAction[]> = {
  0: [
    { type: 'statement', issue: 'russia', position: 45 },
    { type: 'call', target: 'FRA' },
    { type: 'call', target: 'TUR' },
  ],
  1: [
    { type: 'call', target: 'GBR' },
    { type: 'call', target: 'SAU' },
    { type: 'call', target: 'JOR' },
  ],
  2: [
    { type: 'call', target: 'FRA' },
    { type: 'call', target: 'TUR' },
    { type: 'call', target: 'RUS' },
  ],
  3: [
    { type: 'call', target: 'TUR' },
    { type: 'call', target: 'QAT' },
    { type: 'call', target: 'ARE' },
  ],
  4: [
    { type: 'call', target: 'TUR' },
    { type: 'call', target: 'RUS' },
    { type: 'call', target: 'GBR' },
  ],
  5: [
    { type: 'call', target: 'DEU' },
    { type: 'call', target: 'SAU' },
    { type: 'call', target: 'NATO' },
  ],
  6: [
    { type: 'call', target: 'SAU' },
    { type: 'call', target: 'QAT' },
    { type: 'call', target: 'TUR' },
  ],
  7: [
    { type: 'call', target: 'RUS' },
    { type: 'call', target: 'JOR' },
    { type: 'call', target: 'EGY' },
  ],
  8: [
    { type: 'visit', target: 'RUS' },
    { type: 'proposal', target: 'RUS', terms: { vienna: 85 } },
  ],
  9: [
    { type: 'statement', issue: 'vienna', position: 95 },
    { type: 'call', target: 'FRA' },
    { type: 'call', target: 'RUS' },
  ],
  10: [
    { type: 'call', target: 'GBR' },
    { type: 'call', target: 'SAU' },
  ],
  11: [{ type: 'call', target: 'FRA' }],
};

/**
 * What Moscow did: the cruiser Moskva told to work with the French navy (17 Nov), Putin in Tehran
 * (23 Nov), Hollande in Moscow agreeing to coordinate strikes on ISIS (26 Nov), Putin with Obama
 * and Netanyahu at the Paris climate summit (30 Nov), Kerry in Moscow (15 Dec), Resolution 2254
 * (18 Dec). Moscow never moved its line on what it strikes. Sources in docs/MODEL.md.
 */
const RUSSIA: Record<number, PlayerAction[]> = {
  0: [
    { type: 'call', target: 'FRA' },
    { type: 'call', target: 'USA' },
    { type: 'call', target: 'EGY' },
  ],
  1: [
    { type: 'call', target: 'FRA' },
    { type: 'call', target: 'IRN' },
    { type: 'call', target: 'JOR' },
  ],
  2: [
    { type: 'visit', target: 'IRN' },
    { type: 'call', target: 'FRA' },
  ],
  // Hollande in Moscow (France's act, in the calendar): intelligence shared and strikes on ISIS
  // coordinated, Moscow's own targets unchanged, France in no Russian coalition.
  3: [{ type: 'call', target: 'FRA' }],
  4: [
    { type: 'call', target: 'USA' },
    { type: 'call', target: 'ISR' },
    { type: 'call', target: 'FRA' },
  ],
  5: [
    { type: 'call', target: 'EGY' },
    { type: 'call', target: 'JOR' },
    { type: 'call', target: 'ARE' },
  ],
  6: [
    { type: 'call', target: 'IRN' },
    { type: 'call', target: 'DEU' },
    { type: 'call', target: 'FRA' },
  ],
  7: [
    { type: 'call', target: 'USA' },
    { type: 'call', target: 'EGY' },
    { type: 'call', target: 'ISR' },
  ],
  8: [
    { type: 'visit', target: 'USA' },
    { type: 'proposal', target: 'USA', terms: { vienna: 85 } },
  ],
  9: [
    { type: 'statement', issue: 'vienna', position: 85 },
    { type: 'call', target: 'USA' },
    { type: 'call', target: 'FRA' },
  ],
  10: [
    { type: 'call', target: 'IRN' },
    { type: 'call', target: 'FRA' },
  ],
  11: [{ type: 'call', target: 'EGY' }],
};

const HISTORICAL: Record<string, Record<number, PlayerAction[]>> = { FRA: FRANCE, USA: UNITED_STATES, RUS: RUSSIA };

/** Whether a role has a historical line to play (and a game of it can be read against the record). */
export const hasHistoricalLine = (role: string): boolean => role in HISTORICAL;

/**
 * A policy that follows a plan for each round: from the `step`-th planned move on, the first one
 * legal now, or the round's end. With `takeCounters` a planned proposal to an actor that has just
 * countered sends its counter-offer back instead (the actor honours its own terms).
 */
const planned =
  (planOf: (w: World) => readonly PlayerAction[], takeCounters: boolean): Policy =>
  (rules, w, step) => {
    const plan = planOf(w);
    for (let i = step; i < plan.length; i++) {
      let a = plan[i]!;
      if (takeCounters && a.type === 'proposal' && w.counters[a.target]) a = { ...a, terms: w.counters[a.target]! };
      if (validateAction(rules, w, a) === null) return a;
    }
    return { type: 'end' };
  };

/**
 * A policy that first takes the listed acts of its own government when they are open (a decree, a
 * vote it calls: no action points), then plays on; the inner policy counts its steps without them.
 */
const deciding =
  (acts: Record<string, readonly string[]>, inner: Policy): Policy =>
  (rules, w, step) => {
    const taken = takenIn(w.rounds[w.rounds.length - 1]!.actions);
    const open = decisionsOpen(rules, w).find((e) => (acts[w.role] ?? []).includes(e.id) && !taken.includes(e.id));
    return open ? { type: 'decide', act: open.id } : inner(rules, w, step - taken.length);
  };

/** What each role's government did on the record: every act it decides, it takes. */
const RECORD_DECISIONS: Record<string, readonly string[]> = {
  FRA: ['article-42-7', 'state-of-emergency-vote', 'french-parliament'],
  USA: ['us-ukraine-designations'],
  RUS: ['s400-deployed', 'russia-sanctions-turkey', 'oil-accusation'],
};

const historical = deciding(
  RECORD_DECISIONS,
  planned((w) => HISTORICAL[w.role]?.[w.round] ?? [], false),
);

/**
 * A plan a thoughtful player might make for each role, where the greedy bot only looks one move
 * ahead. For each round: the moves, in order; rounds not listed repeat the `odd` or `even` plan
 * (renewing the offer to the pivot while it is out), or follow a routine that reads the world.
 */
type Plan = {
  rounds: Record<number, PlayerAction[]>;
  /** Whether a planned proposal to a capital that has just countered sends its counter-offer back. */
  takeCounters: boolean;
} & (
  | {
      routine?: undefined;
      odd: PlayerAction[];
      even: PlayerAction[];
      /** The capital the plan turns on, and the offer made again whenever it has left the coalition. */
      pivot: ActorId;
      offer: Record<string, number>;
      /** How the offer is renewed in a round (default: twice, then the odd or even round's first move). */
      renew?: 'twice' | 'visit-first';
    }
  | {
      /** The rounds not listed, read off the world. */
      routine: (w: World) => PlayerAction[];
    }
);

const call = (target: ActorId): PlayerAction => ({ type: 'call', target });
const visit = (target: ActorId): PlayerAction => ({ type: 'visit', target });
const propose = (target: ActorId, terms: Record<string, number>): PlayerAction => ({ type: 'proposal', target, terms });

/**
 * Moscow's routine (issue 24; the path a student found in the playtest of 1.7.0). Tehran pulls
 * Moscow's coalition far from Washington's line (Assad 100, strikes on every armed opponent), so
 * Washington joins only a coalition that others have pulled toward it. Moscow makes its offer (its
 * own terms at their edge) to the capitals nearest it first (Amman, Cairo, Abu Dhabi after Paris),
 * each a member only by an accepted offer, and renews it to whoever has left; from round 4 it makes
 * it to Washington too, twice when at most two partners are out. From round 8 it renews the offers
 * in order of weight on the meter (Paris, London, Berlin first). The members are read as the last
 * round closed, so a round's plan does not change under its own moves.
 */
const RUSSIA_OFFER = { target: 25, assad: 42 };
const NEAREST_FIRST: readonly ActorId[] = ['FRA', 'EGY', 'JOR', 'ARE', 'DEU', 'GBR'];
const HEAVIEST_FIRST: readonly ActorId[] = ['FRA', 'GBR', 'DEU', 'EGY', 'ARE', 'JOR'];
function russiaRoutine(w: World): PlayerAction[] {
  const closed = w.rounds.length >= 2 ? w.rounds[w.rounds.length - 2]!.meter : null;
  const members = new Set(closed?.members ?? w.meter.members);
  const out = (w.round >= 7 ? HEAVIEST_FIRST : NEAREST_FIRST)
    .filter((a) => !members.has(a))
    .map((a) => propose(a, RUSSIA_OFFER));
  if (!members.has('USA') && w.round >= 3) {
    const us = propose('USA', RUSSIA_OFFER);
    return out.length <= 2 ? [us, us, ...out] : [us, ...out];
  }
  return [...out, call('FRA'), call('USA')];
}

const STRATEGY: Record<string, Plan> = {
  // Paris: a visit, then an offer of France's own terms on what to strike and on Assad, held to (a
  // counter-offer would pull the line past them); then keep Moscow tended every round and the allies close.
  FRA: {
    rounds: {
      0: [visit('RUS'), call('USA')],
      1: [propose('RUS', { target: 40, assad: 50 }), propose('RUS', { target: 40, assad: 50 }), call('USA')],
    },
    odd: [visit('RUS'), call('USA')],
    even: [{ type: 'concession', target: 'RUS', issue: 'russia' }, call('RUS'), call('DEU')],
    pivot: 'RUS',
    offer: { target: 40, assad: 50 },
    // A counter-offer from Moscow pulls the line its way, past France's own terms: Paris holds out.
    takeCounters: false,
  },
  // Washington: hold the allies while pulling Moscow toward ISIS, never offering across Moscow's
  // red line on Assad (50: such an offer is mostly refused); after Kerry's visit, when Washington's
  // own line on Assad softens, ask more on the target.
  USA: {
    rounds: {
      0: [visit('RUS'), call('TUR')],
      1: [propose('RUS', { target: 45, assad: 50 }), propose('RUS', { target: 45, assad: 50 }), call('SAU')],
      8: [propose('RUS', { target: 40, assad: 50 }), propose('RUS', { target: 40, assad: 50 }), call('TUR')],
      9: [propose('RUS', { target: 40, assad: 50 }), propose('RUS', { target: 40, assad: 50 }), call('FRA')],
    },
    odd: [visit('RUS'), call('FRA')],
    even: [call('TUR'), call('SAU'), call('QAT')],
    pivot: 'RUS',
    offer: { target: 40, assad: 50 },
    takeCounters: true,
    // Refusals cost Moscow's trust: Washington visits before it asks again.
    renew: 'visit-first',
  },
  // Moscow: state its own line toward its partners first (strikes toward ISIS, a transition on
  // Assad), win Paris on those terms, keep Tehran, and court Washington with visits and the same offer.
  RUS: {
    rounds: {
      0: [
        { type: 'statement', issue: 'target', position: 30 },
        { type: 'statement', issue: 'assad', position: 45 },
        call('FRA'),
      ],
    },
    routine: russiaRoutine,
    takeCounters: true,
  },
};

/**
 * The plan's moves for this round: listed ones, the plan's routine, or the renewed offer while the
 * pivot is not a member (it left, or a member's condition keeps it out: an accepted offer moves its
 * own line too), or the odd or even round's moves.
 */
function planFor(w: World, s: Plan): PlayerAction[] {
  const listed = s.rounds[w.round];
  if (listed) return listed;
  if (s.routine) return s.routine(w);
  if (w.round > 1 && !w.meter.members.includes(s.pivot))
    return s.renew === 'visit-first'
      ? [visit(s.pivot), propose(s.pivot, s.offer)]
      : [propose(s.pivot, s.offer), propose(s.pivot, s.offer), ...(w.round % 2 ? s.odd : s.even).slice(0, 1)];
  return w.round % 2 ? s.odd : s.even;
}

/**
 * The planned player takes the decisions that serve its plan: Paris calls on its EU partners and
 * its Parliament; Moscow, courting Ankara and Washington, neither sanctions nor accuses Turkey.
 */
const strategist = deciding(
  { FRA: ['article-42-7', 'french-parliament'], USA: [], RUS: ['s400-deployed'] },
  (rules, w, step) => {
    const plan = STRATEGY[w.role] ?? STRATEGY.FRA!;
    return planned(() => planFor(w, plan), plan.takeCounters)(rules, w, step);
  },
);

/** Whether every condition of a grand coalition holds in this world (the ending it would have if the game closed now). */
export const grandMet = (rules: Rules, w: World): boolean => outcomeOf(rules, w, w.meter) === 'grand_coalition';

/** Whether every condition held at the close of some round already played, or holds now. */
export function wonOnce(rules: Rules, w: World): boolean {
  if (grandMet(rules, w)) return true;
  for (const r of w.rounds)
    if (r.meter && outcomeOf(rules, { ...w, deconfliction: r.meter.deconfliction }, r.meter) === 'grand_coalition')
      return true;
  return false;
}

/**
 * The planned line until it has won, then nothing: it ends every round once every condition of a
 * grand coalition has held (issue 24's "coaster": does a coalition built by round 6 hold untended?).
 */
const coaster: Policy = (rules, w, step) => (wonOnce(rules, w) ? { type: 'end' } : strategist(rules, w, step));

export const policies: Record<PolicyName, Policy> = {
  passive,
  random,
  greedy,
  historical,
  strategist,
  coaster,
};

/**
 * Plays a policy at a seat until the game is over and returns its moves: the policy's move, or the
 * round's end when the rules refuse it. `onRound` sees the world as each round begins and at the end.
 */
export function playAt(
  rules: Rules,
  seat: Seat,
  name: PolicyName | Policy,
  onRound?: (w: World) => void,
): PlayerAction[] {
  const policy = typeof name === 'function' ? name : policies[name];
  const actions: PlayerAction[] = [];
  let step = 0;
  let round = 0;
  for (let w = seat.world(); w.outcome === null; w = seat.world()) {
    if (w.round !== round) {
      round = w.round;
      step = 0;
    }
    if (step === 0) onRound?.(w);
    let a = policy(rules, w, step);
    if (seat.play(a) !== null) {
      a = { type: 'end' };
      const refused = seat.play(a);
      if (refused !== null) throw new Error(`the round cannot end: ${refused}`);
    }
    actions.push(a);
    step += 1;
  }
  onRound?.(seat.world());
  return actions;
}

/** One whole game with a policy, folding the reducer, without its hash: for batch runs that only count outcomes. */
export function playPolicy(
  scenario: Scenario,
  seed: number,
  role: string,
  name: PolicyName | Policy,
  difficulty: Difficulty = 'normal',
  onRound?: (w: World) => void,
): { world: World; actions: PlayerAction[] } {
  const rules = buildRules(scenario);
  const seat = reducerSeat(rules, initWorld(rules, seed, role, difficulty));
  const actions = playAt(rules, seat, name, onRound);
  return { world: seat.world(), actions };
}

/** One whole game with a policy, folding the reducer, with the hash that names its result. */
export function runPolicy(
  scenario: Scenario,
  seed: number,
  role: string,
  name: PolicyName,
  difficulty: Difficulty = 'normal',
  onRound?: (w: World) => void,
): PlayedGame {
  const g = playPolicy(scenario, seed, role, name, difficulty, onRound);
  return { ...g, hash: finalHash(g.world) };
}

/** The same game played through the game machine, move by move, as the CLI's single game is. */
export function runPolicyInMachine(
  scenario: Scenario,
  seed: number,
  role: string,
  name: PolicyName,
  difficulty: Difficulty = 'normal',
): PlayedGame {
  const rules = buildRules(scenario);
  const seat = machineSeat(rules, initWorld(rules, seed, role, difficulty));
  const actions = playAt(rules, seat, name);
  seat.stop();
  return { world: seat.world(), actions, hash: finalHash(seat.world()) };
}
