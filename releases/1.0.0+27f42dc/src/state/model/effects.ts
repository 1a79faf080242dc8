// What answers, public moves and events do to the world. Each function returns a new world.
import type { Effect } from '../../data/schema';
import type { PlayerAction, Reaction } from '../actions';
import type { Rules } from '../rules';
import { clamp, q, type ActorId, type Terms, type World } from '../world';
import type { Answer } from './answer';
import { acceptChance } from './utility';

/** How much an accepted ask raises commitment, and the asked actor's trust (design assumptions). */
const COMMIT_GAIN = { call: 0.15, visit: 0.3, proposal: 0.3, concession: 0.2 } as const;
const TRUST_GAIN = { call: 0.04, visit: 0.1, proposal: 0.06, concession: 0.05 } as const;
/** Accepted asks across the two campaigns raise deconfliction by these amounts. */
const DECONFLICT_GAIN = { call: 0.05, visit: 0.15, proposal: 0.12, concession: 0.08 } as const;
/** Third parties' trust moves by this times how much closer (or further) the player moved to them. */
const PUBLIC_TRUST = 0.6;
/** How far an accepting actor moves toward the agreed terms. */
const FLEX = 0.5;
/**
 * Goodwill without terms has a ceiling: a call, a visit or a concession lifts commitment at most
 * this far above the actor's chance of accepting the coalition's line as it stands.
 */
export const GOODWILL_CEILING = 0.25;

/**
 * A new world that shares its rows with the old one (copy-on-write): every change goes through
 * the setters below, which replace a row instead of writing into it, so earlier worlds (saved
 * snapshots, the replay viewer's history) never change under anyone's feet.
 */
export function cloneWorld(w: World): World {
  return { ...w, pos: { ...w.pos }, trust: { ...w.trust }, commit: { ...w.commit }, bounds: { ...w.bounds }, counters: { ...w.counters }, fired: { ...w.fired }, rounds: w.rounds.slice() };
}

const addTrust = (w: World, from: ActorId, to: ActorId, d: number) => {
  if (from === to) return;
  w.trust[from] = { ...w.trust[from], [to]: q(clamp(w.trust[from]![to]! + d, -1, 1)) };
};
const addCommit = (w: World, a: ActorId, d: number) => {
  w.commit[a] = q(clamp(w.commit[a]! + d, 0, 1));
};
export const setPos = (w: World, a: ActorId, issue: string, v: number) => {
  const b = w.bounds[a]![issue]!;
  w.pos[a] = { ...w.pos[a], [issue]: q(clamp(v, b.min, b.max)) };
};
export const addDeconfliction = (w: World, d: number) => {
  w.deconfliction = q(clamp(w.deconfliction + d, 0, 1));
};

/**
 * The player moves its own line publicly. Every other actor's trust in the player follows how much
 * closer or further the player now stands from it, weighted by how much it cares.
 */
export function shiftPlayer(rules: Rules, w: World, next: Terms): Reaction[] {
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
    const d = salSum > 0 ? (PUBLIC_TRUST * gain) / Math.sqrt(salSum) : 0;
    if (Math.abs(d) >= 0.0005) {
      addTrust(w, a, me, d);
      reactions.push({ actor: a, trust: q(d) });
    }
  }
  for (const i in next) setPos(w, me, i, next[i]!);
  reactions.sort((x, y) => Math.abs(y.trust) - Math.abs(x.trust) || (x.actor < y.actor ? -1 : 1));
  return reactions.slice(0, 5);
}

const crossesCampaigns = (rules: Rules, a: ActorId, b: ActorId) => {
  const s = new Set([rules.campaign[a], rules.campaign[b]]);
  return s.has('coalition') && s.has('russia');
};

/** Applies an answer to an ask; returns third parties' reactions to any public shift it caused. */
export function applyAnswer(rules: Rules, w: World, action: Exclude<PlayerAction, { type: 'statement' | 'end' }>, answer: Answer): Reaction[] {
  const j = action.target;
  const me = w.role;
  if (answer.kind === 'counter' && answer.counter) {
    w.counters[j] = answer.counter;
    return [];
  }
  if (answer.kind === 'reject') {
    if (action.type === 'visit' || action.type === 'proposal') addTrust(w, j, me, -0.03);
    return [];
  }
  addTrust(w, j, me, TRUST_GAIN[action.type]);
  let gain: number = COMMIT_GAIN[action.type];
  if (action.type !== 'proposal') {
    const ceiling = acceptChance(rules, w, j, me, {}) + GOODWILL_CEILING;
    gain = Math.max(0, Math.min(gain, ceiling - w.commit[j]!));
  }
  addCommit(w, j, gain);
  if (crossesCampaigns(rules, j, me)) {
    let d = DECONFLICT_GAIN[action.type];
    if (action.type === 'proposal' && action.terms.target !== undefined && action.terms.target <= 50) d += 0.05;
    addDeconfliction(w, d);
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

/** The player's concession: it moves halfway to the actor on one issue, in public. */
export function concede(rules: Rules, w: World, target: ActorId, issue: string): Reaction[] {
  const mine = w.pos[w.role]![issue]!;
  const theirs = w.pos[target]![issue]!;
  const reactions = shiftPlayer(rules, w, { [issue]: Math.round(mine + (theirs - mine) / 2) });
  addTrust(w, target, w.role, 0.05 * rules.salience[target]![issue]!);
  return reactions;
}

const targets = (rules: Rules, w: World, who: 'all' | ActorId[]) => (who === 'all' ? rules.actorIds.filter((a) => rules.eligible[a] && a !== w.role) : who);

export function applyEffect(rules: Rules, w: World, e: Effect): void {
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
      w.bounds[e.actor] = { ...w.bounds[e.actor], [e.issue]: { min: e.min ?? cur.min, max: e.max ?? cur.max } };
      return;
    }
    case 'commitment':
      for (const a of targets(rules, w, e.actors)) addCommit(w, a, e.delta);
      return;
    case 'deconfliction':
      addDeconfliction(w, e.delta);
      return;
  }
}

export { addCommit };
