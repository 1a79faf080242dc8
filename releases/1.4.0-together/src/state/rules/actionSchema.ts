// The shape of a move, checked where replays are read (./replay.ts): its own module, so the
// validator (zod) loads with the first replay opened, not with the rules (./actions.ts).
import { z } from 'zod';

/**
 * A move as a replay file stores it, and the one definition of a move: the type (./actions.ts) is inferred
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
  /** The player's capital takes a dated act of the record in its round (a vote, a decree, a deployment). */
  z.object({ type: z.literal('decide'), act: z.string().max(40) }).strict(),
  z.object({ type: z.literal('end') }).strict(),
]);
export type PlayerAction = z.infer<typeof PlayerAction>;
