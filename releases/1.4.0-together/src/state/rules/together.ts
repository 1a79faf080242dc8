// A game several people play: one to three of the scenario's roles (France, the United States,
// Russia) are led by people, every other capital by the model. The world is the one-player world
// with `humans` set; each human role plays its moves through the same reducer with `role` set to
// it, so a model capital answers it exactly as it answers a single player.
//
// A round, in a fixed role order (the scenario's order of its roles, never the order of clicks):
//   1. the moves: each role in turn spends its action points and ends its turn;
//   2. the answers: each role that still has an open ask from another human capital answers it
//      (accept, decline or counter) and ends again, in the same order;
//   3. the round resolves as in a one-player game (with the first role as `role`).
// An ask from one human capital to another is not answered by the model: it waits, open, for the
// addressed capital's answer in its own turn (its moves turn if it comes later, or the answers
// pass). A counter-offer is an ask back, answered by the first asker (accepting it costs the
// proposal's action point, as accepting a capital's counter does in a one-player game). An ask
// still open when the round resolves lapses.
//
// The log is keyed by (round, role, index): `index` counts a role's moves in a round. Folding it
// (foldTogether) takes, at each step, the next move of the role whose turn it is, so the order in
// which the keyed moves arrived never matters. A teacher may close a stalled round: the close
// names how many moves of each role it saw, those are played, the rest of the round is skipped.
//
// With one role the game is the one-player game, move for move: every move goes straight to the
// reducer and the world has no `humans`, so its hash is the one-player replay's.
import { COST, validateAction, type Ask, type PlayerAction } from './actions';
import { askTerms, judge, sameTerms } from './model/answer';
import { applyAnswer, cloneForMove, concede } from './model/effects';
import { meter } from './model/meter';
import type { Difficulty } from './difficulty';
import { finalHash } from './game';
import { applyAction } from './reducer';
import { roleOf, type Rules } from './rules';
import { initWorld, resolveRound } from './step';
import type { Answer, Evaluation } from './types';
import type { ActorId, Terms, World } from './world';

export type ReplyKind = 'accept' | 'decline' | 'counter';

/** An answer to an open ask from another human capital: which ask (its maker and its index in the round). */
export interface Reply {
  type: 'reply';
  from: ActorId;
  offer: number;
  kind: ReplyKind;
  /** A counter-offer's terms (only with `counter`). */
  terms?: Terms;
}

export type TogetherAction = PlayerAction | Reply;

/** One move of the log, keyed by its round, its role and its place among that role's moves in the round. */
export interface Keyed {
  round: number;
  role: ActorId;
  index: number;
  action: TogetherAction;
}

/** A teacher's close of a stalled round: the moves of each role it saw (by count); later ones are not played. */
export interface Close {
  round: number;
  upto: Record<ActorId, number>;
}

export type OfferState = 'open' | 'accepted' | 'declined' | 'countered' | 'lapsed';

/** An ask from one human capital to another, waiting for its answer or answered. */
export interface Offer {
  from: ActorId;
  to: ActorId;
  /** Its index among its maker's moves this round: what a reply names. */
  index: number;
  action: Ask;
  /** Where its record is in the round's moves (-1: a counter-offer, recorded only when it is accepted). */
  record: number;
  state: OfferState;
  /** A counter-offer: the ask it answers (its maker and index). */
  counterTo: { from: ActorId; index: number } | null;
}

export type Phase = 'moves' | 'answers';

export interface TogetherGame {
  /** The human roles, in the fixed order of the scenario's roles. */
  roles: ActorId[];
  /** The world; `role` is the role whose turn it is (the first role once the game is over). */
  world: World;
  /** Action points each role has left this round. */
  aps: Record<ActorId, number>;
  phase: Phase;
  /** Index in `roles` of the role whose turn it is. */
  turn: number;
  /** How many moves each role made this round: the index of its next one. */
  moved: Record<ActorId, number>;
  /** This round's asks between human capitals. */
  offers: Offer[];
  /** Every earlier round's asks between human capitals, as they ended. */
  past: Offer[][];
  /** Every move played, in the order folded. */
  log: Keyed[];
  /** The teacher's closes played. */
  closes: Close[];
}

export type TogetherResult = { ok: true; game: TogetherGame } | { ok: false; reason: string };

/** The scenario's roles, in its order: the order turns go in. */
export function orderRoles(rules: Rules, roles: readonly ActorId[]): ActorId[] {
  return rules.scenario.roles.map((r) => r.actor).filter((a) => roles.includes(a));
}

/** Why a list of human roles cannot start a game (null: it can). */
export function rolesRefusal(rules: Rules, roles: readonly ActorId[]): string | null {
  const known = rules.scenario.roles.map((r) => r.actor);
  if (roles.length < 1 || roles.length > known.length)
    return `a game has 1 to ${known.length} human roles, got ${roles.length}`;
  for (const r of roles)
    if (!known.includes(r)) return `unknown role "${String(r).slice(0, 12)}" (${known.join(', ')})`;
  if (new Set(roles).size !== roles.length) return 'a role is listed twice';
  return null;
}

const apOf = (rules: Rules, role: ActorId): number => roleOf(rules.scenario, role)!.actionPoints;

export function startTogether(
  rules: Rules,
  seed: number,
  roles: readonly ActorId[],
  difficulty: Difficulty = 'normal',
): TogetherGame {
  const why = rolesRefusal(rules, roles);
  if (why) throw new Error(why);
  const order = orderRoles(rules, roles);
  const world = initWorld(rules, seed, order[0]!, difficulty);
  if (order.length > 1) {
    world.humans = order;
    // Every human capital pursues the coalition: each counts as fully in, as the player does.
    for (const h of order) world.commit[h] = 1;
    world.meter = meter(rules, world);
    world.startMeter = world.meter.value;
  }
  return {
    roles: order,
    world,
    aps: Object.fromEntries(order.map((r) => [r, apOf(rules, r)])),
    phase: 'moves',
    turn: 0,
    moved: Object.fromEntries(order.map((r) => [r, 0])),
    offers: [],
    past: [],
    log: [],
    closes: [],
  };
}

/** The role whose turn it is, or null when the game is over. */
export const turnOf = (g: TogetherGame): ActorId | null => (g.world.outcome !== null ? null : g.roles[g.turn]!);

const isAsk = (a: TogetherAction): a is Ask =>
  a.type === 'call' || a.type === 'visit' || a.type === 'proposal' || a.type === 'concession';

/** The open asks addressed to a role. */
export const openOffersTo = (g: TogetherGame, role: ActorId): Offer[] =>
  g.offers.filter((o) => o.to === role && o.state === 'open');

/** The world as `role` plays it: its own action points, itself the player. */
function asRole(g: TogetherGame, world: World, role: ActorId): World {
  return world.role === role && world.ap === g.aps[role] ? world : { ...world, role, ap: g.aps[role]! };
}

/** Marks the moves a role just added to the round's record as its own. */
function stamp(before: World, after: World, role: ActorId): World {
  const cur = after.rounds[after.rounds.length - 1]!;
  const from =
    before.rounds.length === after.rounds.length ? before.rounds[before.rounds.length - 1]!.actions.length : 0;
  if (cur.actions.length <= from) return after;
  const rounds = after.rounds.slice();
  rounds[rounds.length - 1] = {
    ...cur,
    actions: cur.actions.map((r, k) => (k >= from && r.by === undefined ? { ...r, by: role } : r)),
  };
  return { ...after, rounds };
}

/**
 * What the addressed capital's model would make of an open ask, for the human who answers it: the
 * same evaluation (its chance of yes and its factors) the "Why?" of a model's answer shows.
 */
export function offerPreview(rules: Rules, g: TogetherGame, offer: Offer): Evaluation {
  return judge(rules, { ...g.world, role: offer.from }, offer.action, askTerms(offer.action));
}

/** Plays one move of `role`: refused with a reason when it is not that role's turn or not legal. */
export function applyTogether(rules: Rules, g: TogetherGame, role: ActorId, action: TogetherAction): TogetherResult {
  if (g.world.outcome !== null) return { ok: false, reason: 'the game is over' };
  if (!g.roles.includes(role))
    return { ok: false, reason: `${String(role).slice(0, 12)} is not a human role in this game` };
  const on = g.roles[g.turn]!;
  if (role !== on)
    return {
      ok: false,
      reason: `it is ${rules.actor[on]?.name ?? on}\u2019s turn${g.phase === 'answers' ? ' to answer' : ''}`,
    };
  const key: Keyed = { round: g.world.round, role, index: g.moved[role]!, action };
  const next = (world: World, extra: Partial<TogetherGame> = {}): TogetherGame => ({
    ...g,
    world,
    aps: { ...g.aps, [role]: world.ap },
    moved: { ...g.moved, [role]: key.index + 1 },
    log: [...g.log, key],
    ...extra,
  });

  // One human role: the one-player game, exactly.
  if (g.roles.length === 1) {
    if (action.type === 'reply') return { ok: false, reason: 'there is no ask from another human capital to answer' };
    const r = applyAction(rules, g.world, action);
    if (!r.ok) return r;
    const roundEnded = r.world.round !== g.world.round || r.world.outcome !== null;
    return { ok: true, game: { ...next(r.world), ...(roundEnded ? { moved: { [role]: 0 } } : {}) } };
  }

  const world = asRole(g, g.world, role);
  if (action.type === 'end') return { ok: true, game: passTurn(rules, next(world)) };
  if (action.type === 'reply') return reply(rules, g, world, role, action, next);
  if (g.phase === 'answers') return { ok: false, reason: 'the answers pass takes only answers to asks and its end' };
  if (isAsk(action) && g.roles.includes(action.target)) {
    const why = validateAction(rules, world, action);
    if (why) return { ok: false, reason: why };
    return { ok: true, game: askHuman(rules, g, world, role, action, key.index, next) };
  }
  const r = applyAction(rules, world, action);
  if (!r.ok) return r;
  return { ok: true, game: next(stamp(world, r.world, role)) };
}

/**
 * An ask to another human capital: paid for (a concession's public move made) and left open for
 * its answer. A proposal of the very terms that capital countered with is its own counter sent
 * back: accepted at once, as a model capital honours its counter.
 */
function askHuman(
  rules: Rules,
  g: TogetherGame,
  world: World,
  role: ActorId,
  action: Ask,
  index: number,
  next: (w: World, extra?: Partial<TogetherGame>) => TogetherGame,
): TogetherGame {
  const w = cloneForMove(world);
  w.ap -= COST[action.type];
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  const record = cur.actions.length;
  cur.actions = [...cur.actions, { round: w.round, action, answer: null, reactions: [], by: role }];
  w.rounds[w.rounds.length - 1] = cur;
  const back = g.offers.find(
    (o) =>
      o.counterTo !== null &&
      o.from === action.target &&
      o.to === role &&
      o.state === 'open' &&
      action.type === 'proposal' &&
      sameTerms(o.action.type === 'proposal' ? o.action.terms : {}, action.terms),
  );
  if (back) {
    settle(rules, w, action, record, {
      kind: 'accept',
      roll: null,
      evaluation: judge(rules, w, action),
      counter: null,
    });
    const offers = g.offers.map((o) => (o === back ? { ...o, state: 'accepted' as const } : o));
    return next(w, { offers });
  }
  if (action.type === 'concession') {
    // The public move comes first, as with a model capital (step.ts: openAsk).
    const reactions = concede(rules, w, action.target, action.issue);
    cur.actions = cur.actions.map((r, k) => (k === record ? { ...r, reactions } : r));
  }
  const offer: Offer = { from: role, to: action.target, index, action, record, state: 'open', counterTo: null };
  return next(w, { offers: [...g.offers, offer] });
}

/** An answer takes effect on the ask's maker's terms, recorded with the ask (writes into `w`, whose role is the maker). */
function settle(rules: Rules, w: World, action: Ask, record: number, ans: Answer): void {
  const reactions = applyAnswer(rules, w, action, ans);
  const cur = { ...w.rounds[w.rounds.length - 1]! };
  cur.actions = cur.actions.map((r, k) =>
    k === record ? { ...r, answer: ans, reactions: [...r.reactions, ...reactions] } : r,
  );
  w.rounds[w.rounds.length - 1] = cur;
  w.meter = meter(rules, w);
}

function reply(
  rules: Rules,
  g: TogetherGame,
  world: World,
  role: ActorId,
  r: Reply,
  next: (w: World, extra?: Partial<TogetherGame>) => TogetherGame,
): TogetherResult {
  if (r.kind !== 'accept' && r.kind !== 'decline' && r.kind !== 'counter')
    return { ok: false, reason: `an answer is accept, decline or counter` };
  const o = g.offers.find((x) => x.from === r.from && x.index === r.offer && x.to === role);
  if (!o)
    return {
      ok: false,
      reason: `there is no ask ${String(r.offer).slice(0, 6)} from ${String(r.from).slice(0, 12)} to answer`,
    };
  if (o.state !== 'open') return { ok: false, reason: `that ask was answered already (${o.state})` };
  const mark = (state: OfferState, extra: Offer[] = []) => [
    ...g.offers.map((x) => (x === o ? { ...x, state } : x)),
    ...extra,
  ];

  if (o.counterTo !== null) {
    // A counter-offer: accepting it is proposing its terms back, paid for and honoured without a draw.
    if (r.kind === 'counter') return { ok: false, reason: 'a counter-offer is accepted or declined' };
    if (r.kind === 'decline') return { ok: true, game: next(world, { offers: mark('declined') }) };
    const terms = o.action.type === 'proposal' ? o.action.terms : {};
    const action: Ask = { type: 'proposal', target: o.from, terms };
    const why = validateAction(rules, world, action);
    if (why) return { ok: false, reason: `accepting the counter-offer is a proposal: ${why}` };
    const w = cloneForMove(world);
    w.ap -= COST.proposal;
    const cur = { ...w.rounds[w.rounds.length - 1]! };
    const record = cur.actions.length;
    cur.actions = [...cur.actions, { round: w.round, action, answer: null, reactions: [], by: role }];
    w.rounds[w.rounds.length - 1] = cur;
    settle(rules, w, action, record, {
      kind: 'accept',
      roll: null,
      evaluation: judge(rules, w, action),
      counter: null,
    });
    return { ok: true, game: next(w, { offers: mark('accepted') }) };
  }

  // An ask from another human capital: its answer takes effect as a model's would, on the asker's terms.
  let counter: Terms | null = null;
  if (r.kind === 'counter') {
    const keys = Object.keys(r.terms ?? {});
    if (keys.length === 0) return { ok: false, reason: 'a counter-offer needs terms on at least one issue' };
    for (const k of keys) {
      const v = r.terms![k];
      if (!rules.issueIds.includes(k)) return { ok: false, reason: `unknown issue "${k.slice(0, 20)}" in the terms` };
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100)
        return { ok: false, reason: `terms on "${k}" must be a number from 0 to 100` };
    }
    counter = { ...r.terms! };
  }
  const w = cloneForMove({ ...world, role: o.from });
  const evaluation = judge(rules, w, o.action);
  const kind = r.kind === 'accept' ? 'accept' : r.kind === 'counter' ? 'counter' : 'reject';
  settle(rules, w, o.action, o.record, { kind, roll: null, evaluation, counter });
  if (kind === 'counter') delete w.counters[o.to]; // answered by people, not by the model's rule of its own counter
  w.role = role;
  w.ap = world.ap;
  const state: OfferState = kind === 'accept' ? 'accepted' : kind === 'counter' ? 'countered' : 'declined';
  const back: Offer[] =
    counter === null
      ? []
      : [
          {
            from: role,
            to: o.from,
            index: g.moved[role]!,
            action: { type: 'proposal', target: o.from, terms: counter },
            record: -1,
            state: 'open',
            counterTo: { from: o.from, index: o.index },
          },
        ];
  return { ok: true, game: next(w, { offers: mark(state, back) }) };
}

/** After a role's end: the next role's turn, the answers pass, or the round's resolution. */
function passTurn(rules: Rules, g: TogetherGame): TogetherGame {
  if (g.phase === 'moves' && g.turn + 1 < g.roles.length) return enter(g, 'moves', g.turn + 1);
  const from = g.phase === 'moves' ? 0 : g.turn + 1;
  for (let k = from; k < g.roles.length; k++)
    if (openOffersTo(g, g.roles[k]!).length > 0) return enter(g, 'answers', k);
  return resolveTogether(rules, g);
}

const enter = (g: TogetherGame, phase: Phase, turn: number): TogetherGame => {
  const role = g.roles[turn]!;
  return { ...g, phase, turn, world: { ...g.world, role, ap: g.aps[role]! } };
};

/** The round resolves as a one-player round does, the first role as `role`; open asks lapse. */
function resolveTogether(rules: Rules, g: TogetherGame): TogetherGame {
  const first = g.roles[0]!;
  const world = resolveRound(rules, { ...g.world, role: first, ap: g.aps[first]! });
  const lapsed = g.offers.map((o) => (o.state === 'open' ? { ...o, state: 'lapsed' as const } : o));
  const aps = Object.fromEntries(g.roles.map((r) => [r, apOf(rules, r)]));
  return {
    ...g,
    world: world.outcome === null ? { ...world, role: first, ap: aps[first]! } : world,
    aps,
    phase: 'moves',
    turn: 0,
    moved: Object.fromEntries(g.roles.map((r) => [r, 0])),
    offers: [],
    past: [...g.past, lapsed],
  };
}

/** The teacher closes the round now: every turn not taken is skipped, open asks lapse, the round resolves. */
export function closeRound(rules: Rules, g: TogetherGame): TogetherResult {
  if (g.world.outcome !== null) return { ok: false, reason: 'the game is over' };
  const c: Close = { round: g.world.round, upto: { ...g.moved } };
  if (g.roles.length === 1) {
    const r = applyAction(rules, g.world, { type: 'end' });
    if (!r.ok) return r;
    return { ok: true, game: { ...g, world: r.world, moved: { [g.roles[0]!]: 0 }, closes: [...g.closes, c] } };
  }
  return { ok: true, game: { ...resolveTogether(rules, g), closes: [...g.closes, c] } };
}

export const togetherHash = (g: TogetherGame): string => finalHash(g.world);

export type FoldResult =
  | {
      ok: true;
      game: TogetherGame;
      /** Keyed moves not played: waiting for an earlier turn, or after a close. */ waiting: Keyed[];
    }
  | { ok: false; key: Keyed; error: string };

const keyOf = (round: number, role: ActorId, index: number) => `${round}|${role}|${index}`;

/**
 * Plays a keyed log from the start: at each step, the next move of the role whose turn it is. The
 * order of `moves` does not matter; a move keyed twice or refused by the rules is an error.
 */
export function foldTogether(
  rules: Rules,
  seed: number,
  roles: readonly ActorId[],
  moves: readonly Keyed[],
  closes: readonly Close[] = [],
  difficulty: Difficulty = 'normal',
): FoldResult {
  const byKey = new Map<string, Keyed>();
  for (const m of moves) {
    const k = keyOf(m.round, m.role, m.index);
    if (byKey.has(k))
      return { ok: false, key: m, error: `two moves have the key round ${m.round}, ${m.role}, ${m.index}` };
    byKey.set(k, m);
  }
  const closeOf = new Map(closes.map((c) => [c.round, c]));
  let g = startTogether(rules, seed, roles, difficulty);
  const used = new Set<string>();
  while (g.world.outcome === null) {
    const role = g.roles[g.turn]!;
    const round = g.world.round;
    const i = g.moved[role]!;
    const close = closeOf.get(round);
    const m = byKey.get(keyOf(round, role, i));
    if (m && (!close || i < (close.upto[role] ?? 0))) {
      const r = applyTogether(rules, g, role, m.action);
      if (!r.ok) return { ok: false, key: m, error: r.reason };
      used.add(keyOf(round, role, i));
      g = r.game;
    } else if (close) {
      const r = closeRound(rules, g);
      if (!r.ok) return { ok: false, key: { round, role, index: i, action: { type: 'end' } }, error: r.reason };
      g = r.game;
    } else break;
  }
  const waiting = moves.filter((m) => !used.has(keyOf(m.round, m.role, m.index)));
  return { ok: true, game: g, waiting };
}
