// What answers, public moves and events do to the world. The functions write into a world the
// caller has just made with cloneWorld or cloneForMove (the reducer's steps do), through the
// setters below, which replace a row rather than write into a shared one.
import type { Effect } from '../../../data/schema';
import type { Ask, Reaction } from '../actions';
import type { Rules } from '../rules';
import { clamp, q, type ActorId, type Terms, type World } from '../world';
import type { Answer } from './answer';
import { lineWithout, MEMBER_AT } from './meter';
import { acceptChance } from './utility';

/** How much an accepted ask raises commitment, and the asked actor's trust (design assumptions). */
const COMMIT_GAIN = { call: 0.2, visit: 0.35, proposal: 0.2, concession: 0.1 } as const satisfies Record<
  Ask['type'],
  number
>;
const TRUST_GAIN = { call: 0.1, visit: 0.2, proposal: 0.04, concession: 0.05 } as const satisfies Record<
  Ask['type'],
  number
>;
/** Accepted asks across the two campaigns raise deconfliction by these amounts. */
const DECONFLICT_GAIN = { call: 0.05, visit: 0.15, proposal: 0.12, concession: 0.08 } as const satisfies Record<
  Ask['type'],
  number
>;
/** Third parties' trust moves by this times how much closer (or further) the player moved to them. */
const PUBLIC_TRUST = 0.6;
/** How far an accepting actor moves toward the agreed terms. */
const FLEX = 0.5;
/**
 * Goodwill without terms has a ceiling: a call, a visit or a concession lifts commitment at most
 * this far above the actor's chance of accepting the coalition's line as it stands.
 */
export const GOODWILL_CEILING = 0.25;
/** The margin when terms were agreed: a proposal can carry an actor further than goodwill. */
export const DEAL_CEILING = 0.3;

/**
 * A new world that shares its rows with the old one (copy-on-write): every change goes through
 * the setters below, which replace a row instead of writing into it, so earlier worlds (saved
 * snapshots, the replay viewer's history) never change under anyone's feet.
 */
export function cloneWorld(w: World): World {
  return { ...cloneForMove(w), bounds: { ...w.bounds }, fired: { ...w.fired } };
}

/**
 * The copy a player's move needs: what an ask or a statement can change (positions, trust,
 * commitment, counter-offers, the round's record). Red lines' bounds and the record of what has
 * fired change only at a round's end (cloneWorld), so the new world shares those two with the old.
 */
export function cloneForMove(w: World): World {
  return {
    ...w,
    pos: { ...w.pos },
    trust: { ...w.trust },
    commit: { ...w.commit },
    counters: { ...w.counters },
    rounds: w.rounds.slice(),
  };
}

// The setters copy a row and then write the one value: a copy with a computed key added in the
// same literal makes a slow (dictionary) object that every later read pays for.
export const addTrust = (w: World, from: ActorId, to: ActorId, d: number) => {
  if (from === to) return;
  const row = { ...w.trust[from] };
  row[to] = q(clamp(row[to]! + d, -1, 1));
  w.trust[from] = row;
};
/**
 * Commitment moves, but crosses the line of membership (MEMBER_AT) only when `cross`: joining or
 * leaving a coalition is an act that names the capital (an agreed proposal, a dated act), never the
 * drift of goodwill, talk, a statement heard by all or what might have happened.
 */
export const addCommit = (w: World, a: ActorId, d: number, cross = false) => {
  const k = w.commit[a]!;
  let to = q(clamp(k + d, 0, 1));
  if (!cross) to = keepSide(k, to);
  w.commit[a] = to;
};

/** The highest commitment that stays outside: shown as 49%. */
export const OUTSIDE_MAX = MEMBER_AT - 0.0001;

/** `to`, held on the side of the line of membership that `from` is on. */
export const keepSide = (from: number, to: number): number =>
  from >= MEMBER_AT ? Math.max(to, MEMBER_AT) : Math.min(to, Math.max(from, OUTSIDE_MAX));
export const setPos = (w: World, a: ActorId, issue: string, v: number) => {
  const b = w.bounds[a]![issue]!;
  const row = { ...w.pos[a] };
  row[issue] = q(clamp(v, b.min, b.max));
  w.pos[a] = row;
};
/** Several of one actor's positions at once, as setPos would set them one by one, copying its row once. */
export const setPositions = (w: World, a: ActorId, values: Terms) => {
  const b = w.bounds[a]!;
  const row = { ...w.pos[a] };
  for (const issue in values) row[issue] = q(clamp(values[issue]!, b[issue]!.min, b[issue]!.max));
  w.pos[a] = row;
};
export const addDeconfliction = (w: World, d: number) => {
  w.deconfliction = q(clamp(w.deconfliction + d, 0, 1));
};

/**
 * How far talk alone can take deconfliction: a flight-safety channel, advance notice, shared
 * intelligence. Going further (shared target lists, joint operations) takes an agreement on what
 * to strike. In 2015 the campaigns stayed at the memorandum of 20 October (docs/MODEL.md). Tuned:
 * set so that the record's talks (the tour, Kerry in Moscow) stay below a grand coalition's 0.5.
 */
export const CHANNEL = 0.45;
/** An agreed line on what to strike first at or below this (ISIS first) takes deconfliction past the channel. */
export const CHANNEL_STRIKES = 50;

/** Deconfliction that talks add: never beyond the channel's ceiling (and never lowering it). */
export const addTalkDeconfliction = (w: World, d: number) => {
  if (d <= 0) return addDeconfliction(w, d);
  if (w.deconfliction >= CHANNEL) return;
  w.deconfliction = q(Math.min(CHANNEL, w.deconfliction + d));
};

/**
 * A statement speaks to every capital at once: besides trust, the commitment of each eligible
 * actor moves by this times its trust reaction (reassured or alarmed). Design assumption.
 */
export const STATEMENT_COMMIT = 0.2;

/**
 * The player moves its own line publicly. Every other actor's trust in the player follows how much
 * closer or further the player now stands from it, weighted by how much it cares. `heard` scales
 * the reactions (a concession is heard less than a statement); `commit` moves commitment too.
 */
export function shiftPlayer(rules: Rules, w: World, next: Terms, heard = 1, commit = 0): Reaction[] {
  const me = w.role;
  const old = w.pos[me]!;
  const reactions: Reaction[] = [];
  for (const a of rules.actorIds) {
    if (a === me) continue;
    const sal = rules.salience[a]!;
    const pos = w.pos[a]!;
    let gain = 0;
    let salSum = 0;
    for (const i in next) {
      gain += (sal[i]! * (Math.abs(pos[i]! - old[i]!) - Math.abs(pos[i]! - next[i]!))) / 100;
      salSum += sal[i]!;
    }
    const d = salSum > 0 ? (heard * PUBLIC_TRUST * gain) / Math.sqrt(salSum) : 0;
    if (Math.abs(d) >= 0.0005) {
      addTrust(w, a, me, d);
      if (commit && rules.eligible[a]) addCommit(w, a, commit * d);
      reactions.push({ actor: a, trust: q(d) });
    }
  }
  for (const i in next) setPos(w, me, i, next[i]!);
  reactions.sort((x, y) => Math.abs(y.trust) - Math.abs(x.trust) || (x.actor < y.actor ? -1 : 1));
  return reactions.slice(0, 5);
}

/** The share of the usual trust gain an ask earns between the two campaigns' camps (design assumption). */
export const RIVAL_TRUST = 0.5;
/** Whether two actors sit in the two rival campaigns: the US-led coalition's and Russia's. */
export const rivals = (rules: Rules, a: ActorId, b: ActorId) => {
  const s = new Set([rules.campaign[a], rules.campaign[b]]);
  return s.has('coalition') && s.has('russia');
};

/** How fast repeated asks to the same capital lose their effect on its trust (design assumption). */
export const FATIGUE = 0.25;
/** How many asks this actor has already said yes to, game-long. */
const acceptedBefore = (w: World, j: ActorId): number => {
  let n = 0;
  for (const r of w.rounds)
    for (const a of r.actions) if (a.answer?.kind === 'accept' && 'target' in a.action && a.action.target === j) n += 1;
  return n;
};

/** Air forces over Syria: deconfliction is between those who fly there (their force at 50 or more). */
export const FLIES = 50;

/** Whether an ask joins the two air campaigns: one side in each, both flying over Syria. */
const crossesCampaigns = (rules: Rules, w: World, a: ActorId, b: ActorId) =>
  rivals(rules, a, b) && w.pos[a]![rules.issue.force]! >= FLIES && w.pos[b]![rules.issue.force]! >= FLIES;

/** Applies an answer to an ask; returns third parties' reactions to any public shift it caused. */
export function applyAnswer(rules: Rules, w: World, action: Ask, answer: Answer): Reaction[] {
  const j = action.target;
  const me = w.role;
  if (answer.kind === 'counter' && answer.counter) {
    w.counters[j] = answer.counter;
    // A call or a visit that draws a counter-offer was still taken: the channel between the two
    // air campaigns is used though the terms are not agreed (in 2015 talks kept the 20 Oct
    // memorandum working while the capitals disagreed on the coalition).
    if (action.type !== 'proposal' && crossesCampaigns(rules, w, j, me))
      addTalkDeconfliction(w, DECONFLICT_GAIN[action.type]);
    return [];
  }
  if (answer.kind === 'reject') {
    if (action.type === 'visit' || action.type === 'proposal') addTrust(w, j, me, -0.03);
    return [];
  }
  // Across the two campaigns, courtesy is read as tactics: trust builds at half the rate. And the
  // tenth summit with the same capital earns less than the first.
  const fatigue = 1 / (1 + FATIGUE * acceptedBefore(w, j));
  addTrust(w, j, me, TRUST_GAIN[action.type] * (rivals(rules, j, me) ? RIVAL_TRUST : 1) * fatigue);
  // Commitment to the coalition has a ceiling: the actor's chance of accepting the coalition's line
  // as it stands, plus a margin (wider when terms were agreed). A deal with the player alone does not
  // make a member of an actor the coalition's line still repels.
  const margin = action.type === 'proposal' ? DEAL_CEILING : GOODWILL_CEILING;
  const ceiling = acceptChance(rules, w, j, me, {}, 0, true, lineWithout(rules, w, j)) + margin;
  // Only agreed terms make a member: a call, a visit or a concession asks for cooperation.
  addCommit(w, j, Math.max(0, Math.min(COMMIT_GAIN[action.type], ceiling - w.commit[j]!)), action.type === 'proposal');
  if (crossesCampaigns(rules, w, j, me)) {
    // An agreed ISIS-first target is more than talk: it can take the campaigns past the channel.
    const strikes = action.type === 'proposal' ? action.terms[rules.issue.strikes] : undefined;
    if (strikes !== undefined && strikes <= CHANNEL_STRIKES) addDeconfliction(w, DECONFLICT_GAIN.proposal + 0.05);
    else addTalkDeconfliction(w, DECONFLICT_GAIN[action.type]);
  }
  delete w.counters[j];
  if (action.type !== 'proposal') return [];
  for (const i in action.terms) {
    const cur = w.pos[j]![i]!;
    setPos(w, j, i, cur + FLEX * (action.terms[i]! - cur));
  }
  // The player is bound by what it got accepted: its own line moves to the terms in public.
  return shiftPlayer(rules, w, action.terms);
}

/**
 * How loudly third parties hear a concession, against a statement's 1: a concession is made to one
 * capital and leaks to the others; a statement speaks to all of them (design assumption).
 */
export const CONCESSION_HEARD = 0.5;

/** The player's concession: it moves halfway to the actor on one issue; the others hear of it. */
export function concede(rules: Rules, w: World, target: ActorId, issue: string): Reaction[] {
  const mine = w.pos[w.role]![issue]!;
  const theirs = w.pos[target]![issue]!;
  const reactions = shiftPlayer(rules, w, { [issue]: Math.round(mine + (theirs - mine) / 2) }, CONCESSION_HEARD);
  addTrust(w, target, w.role, 0.15 * rules.salience[target]![issue]!);
  return reactions;
}

const targets = (rules: Rules, w: World, who: 'all' | ActorId[]) =>
  who === 'all' ? rules.actorIds.filter((a) => rules.eligible[a] && a !== w.role) : who;

/**
 * One effect of an event. `act`: a dated act of a capital, whose commitment effects on the capitals
 * it names may carry them across the line of membership (an effect on all of them never does).
 */
export function applyEffect(rules: Rules, w: World, e: Effect, act = false): void {
  switch (e.kind) {
    case 'trust':
      for (const f of Array.isArray(e.from) ? e.from : [e.from]) {
        addTrust(w, f, e.to, e.delta);
        if (e.mutual) addTrust(w, e.to, f, e.delta);
      }
      return;
    case 'position':
      setPos(w, e.actor, e.issue, w.pos[e.actor]![e.issue]! + e.delta);
      return;
    case 'bound': {
      const cur = w.bounds[e.actor]![e.issue]!;
      const row = { ...w.bounds[e.actor] };
      row[e.issue] = { min: e.min ?? cur.min, max: e.max ?? cur.max };
      w.bounds[e.actor] = row;
      return;
    }
    case 'commitment':
      if (e.roles && !e.roles.includes(w.role)) return;
      for (const a of targets(rules, w, e.actors)) addCommit(w, a, e.delta, act && e.actors !== 'all');
      return;
    case 'deconfliction':
      // The record's talks and resolutions set up channels; none agreed shared targets.
      addTalkDeconfliction(w, e.delta);
      return;
  }
}
