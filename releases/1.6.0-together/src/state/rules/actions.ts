// The player's moves as plain data, what they cost, and whether they are legal now.
import type { PlayerAction } from './actionSchema';
import type { Rules } from './rules';
import type { World } from './world';

/** A move, as its schema (./actionSchema.ts, loaded where replays are read) defines it. */
export type { PlayerAction };
export type { ActionRecord, Reaction } from './world';
/** A move addressed to one actor, which answers it. */
export type Ask = Exclude<PlayerAction, { type: 'statement' | 'decide' | 'end' }>;

/** The kinds of move: the schema's (./actionSchema.ts). */
export type ActionType = PlayerAction['type'];

/**
 * Action points each move costs: a visit takes two days of a president's week; a decision of the
 * player's own government (a decree, a vote it calls) costs no diplomacy. Keyed by the schema's
 * kinds (the type keeps it whole), it is the one list of them the rules keep.
 */
export const COST: Record<ActionType, number> = {
  call: 1,
  visit: 2,
  proposal: 1,
  statement: 1,
  concession: 1,
  decide: 0,
  end: 0,
};
/** Every kind of move, in COST's order. */
export const ACTION_TYPES = Object.keys(COST) as readonly ActionType[];
/** The kinds a player composes in the talks: every one but the round's end and a government's decision. */
export const MOVE_TYPES = ACTION_TYPES.filter(
  (t): t is Exclude<ActionType, 'end' | 'decide'> => t !== 'end' && t !== 'decide',
);

/** Null when `ap` action points pay for a move of this kind; otherwise why not, as the reducer refuses it. */
export function unaffordable(type: ActionType, ap: number): string | null {
  return costRefusal(type, COST[type], ap);
}

/** Null when `ap` pays `cost`; otherwise the refusal's words (also for older releases' own costs). */
export function costRefusal(type: string, cost: number, ap: number): string | null {
  return cost > ap ? `${type} costs ${cost} action point${cost > 1 ? 's' : ''}, ${ap} left` : null;
}

/** Extra pull of the channel in the actor's utility (design assumption). */
export const PERSONAL: Record<Ask['type'], number> = {
  call: 0,
  visit: 0.35,
  proposal: 0.1,
  concession: 0.2,
};

/** Null when legal; otherwise a reason a person can read. */
export function validateAction(rules: Rules, world: World, action: PlayerAction): string | null {
  if (world.outcome !== null) return 'the game is over';
  if (!ACTION_TYPES.includes(action.type)) return `unknown action type "${String(action.type)}"`;
  if (action.type === 'end') return null;
  // Whether the act is open to the player now is the calendar's to say (reducer: decisionRefusal).
  if (action.type === 'decide') return typeof action.act === 'string' ? null : 'a decision names an act';
  const poor = unaffordable(action.type, world.ap);
  if (poor) return poor;
  if (action.type === 'statement') {
    if (!rules.issueIds.includes(action.issue)) return `unknown issue "${action.issue}"`;
    if (!Number.isFinite(action.position) || action.position < 0 || action.position > 100)
      return 'a position must be a number from 0 to 100';
    return null;
  }
  if (!rules.actorIds.includes(action.target)) return `unknown actor "${action.target}"`;
  if (action.target === world.role) return 'you cannot negotiate with yourself';
  if (action.type === 'concession' && !rules.issueIds.includes(action.issue)) return `unknown issue "${action.issue}"`;
  if (action.type === 'proposal') {
    const keys = Object.keys(action.terms ?? {});
    if (keys.length === 0) return 'a proposal needs terms on at least one issue';
    for (const k of keys) {
      if (!rules.issueIds.includes(k)) return `unknown issue "${k}" in the terms`;
      const v = action.terms[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100)
        return `terms on "${k}" must be a number from 0 to 100`;
    }
  }
  return null;
}
