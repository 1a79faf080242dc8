// The game's pure steps: start, a player's move, an actor's answer, the end of a round.
// The machine sequences them; the policies and the "Why?" panel reuse them.
import type { PlayerAction } from './actions';
import { COST, PERSONAL } from './actions';
import { decide, sameTerms, type Answer } from './model/answer';
import { agencyRound, contactedIn } from './model/agency';
import { bargainRound } from './model/bdm';
import { driftRound } from './model/drift';
import { applyAnswer, cloneWorld, concede, shiftPlayer } from './model/effects';
import { fireEvents } from './model/events';
import { meter } from './model/meter';
import { outcomeOf } from './model/outcome';
import { evaluate } from './model/utility';
import type { Difficulty } from './difficulty';
import { draw } from './random';
import { roleOf, type Rules } from './rules';
import { initialBounds, initialTrust, type ActorId, type Terms, type World } from './world';

export type Ask = Exclude<PlayerAction, { type: 'statement' | 'end' }>;

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
    trust: initialTrust(s),
    bounds: initialBounds(s),
    deconfliction: s.deconfliction.value,
    counters: {},
    fired: {},
    rounds: [{ round: 0, date: s.calendar.rounds[0]!, actions: [], autonomous: [], drift: [], initiatives: [], heldBack: [], events: [], meter: null }],
    meter: { value: 0, members: [], line: {}, deconfliction: 0, parts: [] },
    startMeter: 0,
    outcome: null,
  };
  w.meter = meter(rules, w);
  w.startMeter = w.meter.value;
  return w;
}

/** The terms an ask puts: only a proposal names any; a call or a visit asks about the line as it is. */
const askTerms = (action: Ask): Terms => (action.type === 'proposal' ? action.terms : {});

/** How many answers an actor has already given this round: the index of its next seeded draw. */
export function answersThisRound(world: World, actor: ActorId): number {
  const cur = world.rounds[world.rounds.length - 1]!;
  return cur.actions.filter((r) => r.answer && 'target' in r.action && r.action.target === actor).length;
}

/**
 * The addressed actor's answer. For a concession it judges the world after the player's move.
 * An actor honours its own counter-offer: the same terms sent back are accepted without a draw.
 */
export function answer(rules: Rules, world: World, action: Ask): Answer {
  const j = action.target;
  const terms = askTerms(action);
  const ev = evaluate(rules, world, j, world.role, terms, PERSONAL[action.type], action.type === 'proposal');
  const pending = world.counters[j];
  if (action.type === 'proposal' && pending && sameTerms(pending, action.terms)) {
    return { kind: 'accept', roll: null, evaluation: ev, counter: null };
  }
  const roll = draw(world.seed, 'answer', world.round, j, answersThisRound(world, j));
  return decide(rules, world, j, terms, ev, roll);
}

/** Step one of an ask: pay for it, and for a concession make the public move first. */
export function beginAsk(rules: Rules, world: World, action: Ask): World {
  const w = cloneWorld(world);
  w.ap -= COST[action.type];
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  const reactions = action.type === 'concession' ? concede(rules, w, action.target, action.issue) : [];
  cur.actions = [...cur.actions, { round: w.round, action, answer: null, reactions }];
  w.rounds[w.rounds.length - 1] = cur;
  return w;
}

/** Step two: the answer arrives and takes effect. */
export function completeAsk(rules: Rules, world: World, action: Ask, ans: Answer): World {
  const w = cloneWorld(world);
  const reactions = applyAnswer(rules, w, action, ans);
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  const last = cur.actions[cur.actions.length - 1]!;
  cur.actions = [...cur.actions.slice(0, -1), { ...last, answer: ans, reactions: [...last.reactions, ...reactions] }];
  w.rounds[w.rounds.length - 1] = cur;
  w.meter = meter(rules, w);
  return w;
}

export function statement(rules: Rules, world: World, issue: string, position: number): World {
  const w = cloneWorld(world);
  w.ap -= COST.statement;
  const reactions = shiftPlayer(rules, w, { [issue]: position });
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  cur.actions = [...cur.actions, { round: w.round, action: { type: 'statement', issue, position }, answer: null, reactions }];
  w.rounds[w.rounds.length - 1] = cur;
  w.meter = meter(rules, w);
  return w;
}

/** Knobs that difficulty levels will turn; the defaults are the documented model. */
export interface Tuning {
  driftNoise?: number;
  eventScale?: number;
  initiative?: number;
}

/** The end of a round: actors act on their own, bargain and re-weigh, events fire, the meter is read. */
export function resolveRound(rules: Rules, world: World, tuning: Tuning = {}): World {
  const w = cloneWorld(world);
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  cur.actions = cur.actions.concat([{ round: w.round, action: { type: 'end' }, answer: null, reactions: [] }]);
  const acted = agencyRound(rules, w, contactedIn(cur.actions), tuning.initiative);
  cur.initiatives = acted.initiatives;
  cur.heldBack = acted.heldBack;
  cur.autonomous = bargainRound(rules, w);
  cur.drift = driftRound(rules, w, tuning.driftNoise);
  cur.events = fireEvents(rules, w, tuning.eventScale);
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
  w.rounds.push({ round: w.round, date: dates[w.round]!, actions: [], autonomous: [], drift: [], initiatives: [], heldBack: [], events: [], meter: null });
  return w;
}
