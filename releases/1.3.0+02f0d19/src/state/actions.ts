// The player's moves as plain data, what they cost, and whether they are legal now.
import { z } from 'zod';
import type { Rules } from './rules';
import type { Answer } from './model/answer';
import type { ActorId, World } from './world';

/**
 * A move as a replay file stores it, and the one definition of a move: the type below is inferred
 * from this schema, so the rules, the machine, the replays and the policies cannot drift apart.
 * The length limits bound what a hostile file can make the game hold.
 */
export const PlayerAction = z.union([
  z.object({ type: z.literal('call'), target: z.string().max(8) }).strict(),
  z.object({ type: z.literal('visit'), target: z.string().max(8) }).strict(),
  z
    .object({ type: z.literal('proposal'), target: z.string().max(8), terms: z.record(z.string().max(16), z.number()) })
    .strict(),
  z.object({ type: z.literal('statement'), issue: z.string().max(16), position: z.number() }).strict(),
  z.object({ type: z.literal('concession'), target: z.string().max(8), issue: z.string().max(16) }).strict(),
  z.object({ type: z.literal('end') }).strict(),
]);
export type PlayerAction = z.infer<typeof PlayerAction>;
/** A move addressed to one actor, which answers it. */
export type Ask = Exclude<PlayerAction, { type: 'statement' | 'end' }>;

export type ActionType = PlayerAction['type'];
export const ACTION_TYPES: readonly ActionType[] = ['call', 'visit', 'proposal', 'statement', 'concession', 'end'];

/** Action points each move costs: a visit takes two days of a president's week. */
export const COST: Record<ActionType, number> = { call: 1, visit: 2, proposal: 1, statement: 1, concession: 1, end: 0 };

/** Extra pull of the channel in the actor's utility (design assumption). */
export const PERSONAL: Record<'call' | 'visit' | 'proposal' | 'concession', number> = {
  call: 0,
  visit: 0.35,
  proposal: 0.1,
  concession: 0.2,
};

export interface Reaction {
  actor: ActorId;
  /** Change in the actor's trust toward the player. */
  trust: number;
}

export interface ActionRecord {
  round: number;
  action: PlayerAction;
  answer: Answer | null;
  /** Largest trust reactions of third parties to a public move. */
  reactions: Reaction[];
}

/** Null when legal; otherwise a reason a person can read. */
export function validateAction(rules: Rules, world: World, action: PlayerAction): string | null {
  if (world.outcome !== null) return 'the game is over';
  if (!ACTION_TYPES.includes(action.type)) return `unknown action type "${String(action.type)}"`;
  if (action.type === 'end') return null;
  const cost = COST[action.type];
  if (cost > world.ap) return `${action.type} costs ${cost} action point${cost > 1 ? 's' : ''}, ${world.ap} left`;
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
