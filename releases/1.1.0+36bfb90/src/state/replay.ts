// Replay format v2: scenario + seed + role + difficulty + the player's actions + the final-state
// hash. Version-1 files (before difficulty levels) are upgraded on load.
// Parsing returns a result, never throws: every way a file can be wrong has its own message.
import { z } from 'zod';
import type { Scenario } from '../data/schema';
import type { PlayerAction } from './actions';
import { DIFFICULTY_IDS } from './difficulty';
import { playAll, type PlayedGame } from './game';
import type { World } from './world';

export const REPLAY_FORMAT = 'grand-coalition-replay';
export const REPLAY_VERSION = 2;
export const MAX_REPLAY_BYTES = 1_000_000;
export const MAX_SEED = 4_294_967_295;

const Action = z.union([
  z.object({ type: z.enum(['call', 'visit']), target: z.string().max(8) }).strict(),
  z.object({ type: z.literal('proposal'), target: z.string().max(8), terms: z.record(z.string().max(16), z.number()) }).strict(),
  z.object({ type: z.literal('statement'), issue: z.string().max(16), position: z.number() }).strict(),
  z.object({ type: z.literal('concession'), target: z.string().max(8), issue: z.string().max(16) }).strict(),
  z.object({ type: z.literal('end') }).strict(),
]);

export const Replay = z
  .object({
    format: z.literal(REPLAY_FORMAT),
    version: z.literal(2),
    scenario: z.object({ id: z.string(), version: z.string() }).strict(),
    seed: z.number().int().min(0).max(MAX_SEED),
    role: z.string().max(8),
    difficulty: z.enum(DIFFICULTY_IDS),
    actions: z.array(Action).max(2000),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type Replay = z.infer<typeof Replay>;

export type ReplayResult = { ok: true; replay: Replay; game: PlayedGame } | { ok: false; error: string };

export function makeReplay(scenario: Scenario, game: PlayedGame): Replay {
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    scenario: { id: scenario.id, version: scenario.version },
    seed: game.world.seed,
    role: game.world.role,
    difficulty: game.world.difficulty,
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

type Raw = Record<string, unknown>;
export type Migration = (raw: Raw) => Raw;

/**
 * Upgrades from older formats, one step each: MIGRATIONS[n] turns a version-n replay into
 * version n+1, so old files, links and autosaves keep loading.
 */
export const MIGRATIONS: Record<number, Migration> = {
  // Version 1 had no difficulty levels: every game was what is now "normal".
  1: (raw) => ({ ...raw, difficulty: 'normal' }),
};

export function upgrade(head: Raw, current = REPLAY_VERSION, steps: Record<number, Migration> = MIGRATIONS): { ok: true; raw: Raw } | { ok: false; error: string } {
  const v = head.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, error: `replay version ${JSON.stringify(v) ?? 'missing'} is not a version number` };
  if (v > current) return { ok: false, error: `replay version ${v} was made by a newer version of the game; this build reads versions up to ${current}` };
  let raw = head;
  for (let n = v; n < current; n++) {
    const step = steps[n];
    if (!step) return { ok: false, error: `replay version ${v} is too old for this build and cannot be upgraded` };
    raw = { ...step(raw), version: n + 1 };
  }
  return { ok: true, raw };
}

export function checkReplay(raw: unknown, scenario: Scenario): ReplayResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'replay must be a JSON object' };
  const head = raw as Raw;
  if (head.format !== REPLAY_FORMAT) return { ok: false, error: `not a Grand Coalition replay (format is ${JSON.stringify(head.format) ?? 'missing'})` };
  const up = upgrade(head);
  if (!up.ok) return up;
  const r = Replay.safeParse(up.raw);
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
  const played = playAll(scenario, replay.seed, replay.role, replay.actions as PlayerAction[], undefined, replay.difficulty);
  if (!played.ok) {
    return { ok: false, error: `replay action ${played.index + 1} (${describe(replay.actions[played.index] as PlayerAction)}) is illegal: ${played.error}` };
  }
  if (played.game.hash !== replay.hash) {
    return { ok: false, error: `replay hash mismatch: the actions lead to ${played.game.hash.slice(0, 12)}…, the file records ${replay.hash.slice(0, 12)}… (edited, or made by another build)` };
  }
  return { ok: true, replay, game: played.game };
}

/**
 * The world at the start of each round of a checked replay, plus the final one: what the
 * replay viewer steps through. Index k is the world as round k begins; the last is the end.
 */
export function roundWorlds(scenario: Scenario, replay: Replay): World[] {
  const worlds: World[] = [];
  const r = playAll(scenario, replay.seed, replay.role, replay.actions as PlayerAction[], (w) => worlds.push(w), replay.difficulty);
  if (!r.ok) throw new Error(`replay was not checked: ${r.error}`);
  return worlds;
}

/** The moves that lead to the start of round k: where "take over from here" begins. */
export function actionsBeforeRound(replay: Replay, round: number): PlayerAction[] {
  const out: PlayerAction[] = [];
  let r = 0;
  for (const a of replay.actions as PlayerAction[]) {
    if (r >= round) break;
    out.push(a);
    if (a.type === 'end') r += 1;
  }
  return out;
}
