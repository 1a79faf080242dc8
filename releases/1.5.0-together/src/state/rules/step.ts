// The parts of a move: the start of a game, an ask and its answer, a statement, the end of a round.
// Only the reducer (reducer.ts) applies them to a game; the balance lookahead reuses them to try
// a move with a forced answer.
import { COST, type Ask } from './actions';
import { askTerms, decide, judge, sameTerms, type Answer } from './model/answer';
import { agencyRound, contactedIn } from './model/agency';
import { driftRound } from './model/drift';
import { applyAnswer, cloneForMove, cloneWorld, concede, shiftPlayer, STATEMENT_COMMIT } from './model/effects';
import { fireEvents, takenIn } from './model/events';
import { meter } from './model/meter';
import { outcomeOf } from './model/outcome';
import type { Difficulty } from './difficulty';
import { draw } from './random';
import { roleOf, type Rules } from './rules';
import { initialBounds, initialTrust, type ActorId, type RoundRecord, type Terms, type World } from './world';

/** A round as it opens: nothing done yet, its meter read when it closes. */
const emptyRound = (round: number, date: string): RoundRecord => ({
  round,
  date,
  actions: [],
  drift: [],
  initiatives: [],
  heldBack: [],
  events: [],
  meter: null,
});

/** Every game's starting trust and red lines, built once per scenario. */
const starts = new WeakMap<Rules, { trust: World['trust']; bounds: World['bounds'] }>();
function startOf(rules: Rules) {
  let st = starts.get(rules);
  if (!st) {
    st = { trust: initialTrust(rules.scenario), bounds: initialBounds(rules.scenario) };
    starts.set(rules, st);
  }
  return st;
}
/** A game's own copy of each row (a red line's bounds are replaced, never written into, so they are shared). */
function freshRows<T>(rows: Record<ActorId, Record<string, T>>): Record<ActorId, Record<string, T>> {
  const out: Record<ActorId, Record<string, T>> = {};
  for (const a in rows) out[a] = { ...rows[a] };
  return out;
}

export function initWorld(rules: Rules, seed: number, role: ActorId, difficulty: Difficulty = 'normal'): World {
  const s = rules.scenario;
  const r = roleOf(s, role);
  if (!r) throw new Error(`no role for actor "${role}" in scenario ${s.id}`);
  const pos: World['pos'] = {};
  const commit: World['commit'] = {};
  for (const a of s.actors) {
    const p: Terms = {};
    for (const i of rules.issueIds) p[i] = a.stances[i]!.position.value;
    pos[a.id] = p;
    commit[a.id] = r.commitments[a.id]?.value ?? a.commitment.value;
  }
  // The player is the one pursuing the coalition: it counts as fully in, whoever it leads.
  commit[role] = 1;
  const w: World = {
    seed,
    role,
    difficulty,
    round: 0,
    ap: r.actionPoints,
    pos,
    commit,
    trust: freshRows(startOf(rules).trust),
    bounds: freshRows(startOf(rules).bounds),
    deconfliction: s.deconfliction.value,
    counters: {},
    fired: {},
    rounds: [emptyRound(0, s.calendar.rounds[0]!)],
    meter: { value: 0, members: [], line: {}, deconfliction: 0, parts: [] },
    startMeter: 0,
    outcome: null,
  };
  w.meter = meter(rules, w);
  w.startMeter = w.meter.value;
  return w;
}

/** How many answers an actor has already given this round: the index of its next seeded draw. */
export function answersThisRound(world: World, actor: ActorId): number {
  const cur = world.rounds[world.rounds.length - 1]!;
  let n = 0;
  for (const r of cur.actions) if (r.answer && 'target' in r.action && r.action.target === actor) n += 1;
  return n;
}

/**
 * The addressed actor's answer. For a concession it judges the world after the player's move.
 * An actor honours its own counter-offer: the same terms sent back are accepted without a draw.
 */
export function answer(rules: Rules, world: World, action: Ask): Answer {
  const j = action.target;
  const terms = askTerms(action);
  const ev = judge(rules, world, action, terms);
  const pending = world.counters[j];
  if (action.type === 'proposal' && pending && sameTerms(pending, action.terms)) {
    return { kind: 'accept', roll: null, evaluation: ev, counter: null };
  }
  const roll = draw(world.seed, 'answer', world.round, j, answersThisRound(world, j));
  return decide(rules, world, action, terms, ev, roll);
}

/** Pays for an ask and records it, unanswered; a concession makes its public move first. Writes into `w`. */
function openAsk(rules: Rules, w: World, action: Ask): void {
  w.ap -= COST[action.type];
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  const reactions = action.type === 'concession' ? concede(rules, w, action.target, action.issue) : [];
  cur.actions = [...cur.actions, { round: w.round, action, answer: null, reactions }];
  w.rounds[w.rounds.length - 1] = cur;
}

/** The answer takes effect and is recorded with the ask. Writes into `w`. */
function settleAsk(rules: Rules, w: World, action: Ask, ans: Answer): void {
  const reactions = applyAnswer(rules, w, action, ans);
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  const last = cur.actions[cur.actions.length - 1]!;
  cur.actions = [...cur.actions.slice(0, -1), { ...last, answer: ans, reactions: [...last.reactions, ...reactions] }];
  w.rounds[w.rounds.length - 1] = cur;
  w.meter = meter(rules, w);
}

/** A whole ask, in one copy of the world: paid for, answered by the asked actor (who sees the world after the player's move), and settled. */
export function ask(rules: Rules, world: World, action: Ask): World {
  const w = cloneForMove(world);
  openAsk(rules, w, action);
  settleAsk(rules, w, action, answer(rules, w, action));
  return w;
}

/** Step one of an ask, alone (the balance lookahead then tries each answer): pay for it, make any concession. */
export function beginAsk(rules: Rules, world: World, action: Ask): World {
  const w = cloneForMove(world);
  openAsk(rules, w, action);
  return w;
}

/** Step two, alone: the given answer arrives and takes effect. */
export function completeAsk(rules: Rules, world: World, action: Ask, ans: Answer): World {
  const w = cloneForMove(world);
  settleAsk(rules, w, action, ans);
  return w;
}

export function statement(rules: Rules, world: World, issue: string, position: number): World {
  const w = cloneForMove(world);
  w.ap -= COST.statement;
  const reactions = shiftPlayer(rules, w, { [issue]: position }, 1, STATEMENT_COMMIT);
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  cur.actions = [
    ...cur.actions,
    { round: w.round, action: { type: 'statement', issue, position }, answer: null, reactions },
  ];
  w.rounds[w.rounds.length - 1] = cur;
  w.meter = meter(rules, w);
  return w;
}

/**
 * The player's capital takes one of its dated acts: recorded now, carried out at the round's end
 * with the calendar (the act's date falls in the round), so it comes in its place among the others.
 */
export function decideAct(world: World, act: string): World {
  const w = cloneForMove(world);
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  cur.actions = [...cur.actions, { round: w.round, action: { type: 'decide', act }, answer: null, reactions: [] }];
  w.rounds[w.rounds.length - 1] = cur;
  return w;
}

/** Overrides of the difficulty's drift noise and the events' odds: the balance lookahead turns both off. */
export interface Tuning {
  driftNoise?: number;
  eventScale?: number;
}

/**
 * The end of a round: actors act on their own and re-weigh the coalition, events fire, the meter is
 * read. No step rewrites an actor's own line: lines move only through dated events, the player's
 * moves and actors' explicit acts (statements, agreed proposals).
 */
export function resolveRound(rules: Rules, world: World, tuning: Tuning = {}): World {
  const w = cloneWorld(world);
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  cur.actions = cur.actions.concat([{ round: w.round, action: { type: 'end' }, answer: null, reactions: [] }]);
  const acted = agencyRound(rules, w, contactedIn(cur.actions));
  cur.initiatives = acted.initiatives;
  cur.heldBack = acted.heldBack;
  cur.drift = driftRound(rules, w, tuning.driftNoise);
  cur.events = fireEvents(rules, w, tuning.eventScale, takenIn(cur.actions));
  w.meter = meter(rules, w);
  cur.meter = w.meter;
  w.rounds[w.rounds.length - 1] = cur;
  const dates = rules.scenario.calendar.rounds;
  if (w.round + 1 >= dates.length) {
    w.outcome = outcomeOf(rules, w, w.meter);
    return w;
  }
  w.round += 1;
  w.ap = roleOf(rules.scenario, w.role)!.actionPoints;
  w.counters = {};
  w.rounds.push(emptyRound(w.round, dates[w.round]!));
  return w;
}
