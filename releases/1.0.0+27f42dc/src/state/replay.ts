// Replay format v1: scenario + seed + role + the player's actions + the final-state hash.
// Parsing returns a result, never throws: every way a file can be wrong has its own message.
import { z } from 'zod';
import type { Scenario } from '../data/schema';
import type { PlayerAction } from './actions';
import { playAll, type PlayedGame } from './game';

export const REPLAY_FORMAT = 'grand-coalition-replay';
export const REPLAY_VERSION = 1;
export const MAX_REPLAY_BYTES = 1_000_000;
export const MAX_SEED = 4_294_967_295;

const Action = z.union([
  z.object({ type: z.enum(['call', 'visit']), target: z.string().max(8) }).strict(),
  z.object({ type: z.literal('proposal'), target: z.string().max(8), terms: z.record(z.string().max(16), z.number()) }).strict(),
  z.object({ type: z.literal('statement'), issue: z.string().max(16), position: z.number() }).strict(),
  z.object({ type: z.literal('concession'), target: z.string().max(8), issue: z.string().max(16) }).strict(),
  z.object({ type: z.literal('end') }).strict(),
]);

export const ReplayV1 = z
  .object({
    format: z.literal(REPLAY_FORMAT),
    version: z.literal(1),
    scenario: z.object({ id: z.string(), version: z.string() }).strict(),
    seed: z.number().int().min(0).max(MAX_SEED),
    role: z.string().max(8),
    actions: z.array(Action).max(2000),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type ReplayV1 = z.infer<typeof ReplayV1>;

export type ReplayResult = { ok: true; replay: ReplayV1; game: PlayedGame } | { ok: false; error: string };

export function makeReplay(scenario: Scenario, game: PlayedGame): ReplayV1 {
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    scenario: { id: scenario.id, version: scenario.version },
    seed: game.world.seed,
    role: game.world.role,
    actions: game.actions,
    hash: game.hash,
  };
}

const describe = (a: PlayerAction): string =>
  a.type === 'end' ? 'end of round'
  : a.type === 'statement' ? `statement on ${a.issue}`
  : a.type === 'concession' ? `concession to ${a.target} on ${a.issue}`
  : `${a.type} to ${a.target}`;

/** Reads a replay from text: shape, version, scenario, legality of every action, then the hash. */
export function loadReplay(text: string, scenario: Scenario): ReplayResult {
  if (text.length > MAX_REPLAY_BYTES) return { ok: false, error: `replay is larger than 1 MB (${text.length} characters)` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `replay is not valid JSON (${(e as Error).message})` };
  }
  return checkReplay(raw, scenario);
}

export function checkReplay(raw: unknown, scenario: Scenario): ReplayResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'replay must be a JSON object' };
  const head = raw as Record<string, unknown>;
  if (head.format !== REPLAY_FORMAT) return { ok: false, error: `not a Grand Coalition replay (format is ${JSON.stringify(head.format) ?? 'missing'})` };
  if (head.version !== REPLAY_VERSION) {
    return { ok: false, error: `replay version ${JSON.stringify(head.version)} is not supported by this build (it reads version ${REPLAY_VERSION})` };
  }
  const r = ReplayV1.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0]!;
    return { ok: false, error: `replay invalid at ${first.path.map(String).join('.') || '(root)'}: ${first.message}` };
  }
  const replay = r.data;
  if (replay.scenario.id !== scenario.id) return { ok: false, error: `replay is for scenario "${replay.scenario.id}", this build has "${scenario.id}"` };
  if (replay.scenario.version !== scenario.version) {
    return { ok: false, error: `replay is for scenario version ${replay.scenario.version}, this build has ${scenario.version}` };
  }
  if (!scenario.roles.some((x) => x.actor === replay.role)) return { ok: false, error: `replay role "${replay.role}" is not playable in this scenario` };
  const played = playAll(scenario, replay.seed, replay.role, replay.actions as PlayerAction[]);
  if (!played.ok) {
    return { ok: false, error: `replay action ${played.index + 1} (${describe(replay.actions[played.index] as PlayerAction)}) is illegal: ${played.error}` };
  }
  if (played.game.hash !== replay.hash) {
    return { ok: false, error: `replay hash mismatch: the actions lead to ${played.game.hash.slice(0, 12)}…, the file records ${replay.hash.slice(0, 12)}… (edited, or made by another build)` };
  }
  return { ok: true, replay, game: played.game };
}
