// The shape of one stored game (src/app/gameStore.ts), checked on every read. Its own module so the
// validator (zod) loads when the store is first read, not with the page's code.
import { z } from 'zod';

export const GameRecord = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
    status: z.enum(['playing', 'finished']),
    /** When it was last saved (ISO time), for the order of the list. */
    updated: z.string().max(40),
    version: z.string().max(20),
    seed: z.number().int().min(0),
    role: z.string().max(8),
    outcome: z.string().max(40).nullable(),
    meter: z.number(),
    /** The game as a replay object; its rules check it again when it is opened. */
    replay: z.object({ format: z.string(), scenario: z.object({ version: z.string() }).loose() }).loose(),
  })
  .strict();
