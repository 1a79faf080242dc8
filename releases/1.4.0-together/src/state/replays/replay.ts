// Replay format v2: scenario + seed + role + difficulty + the player's actions + the final-state
// hash. Version-1 files (before difficulty levels) are upgraded on load.
// Parsing returns a result, never throws: every way a file can be wrong has its own message.
// The checks live here, with the validator (zod); the format and what a checked replay is played
// to live in ./replayFormat.ts, which the page loads without the validator.
import { z } from 'zod';
import type { Scenario } from '../../data/schema';
import { PlayerAction } from '../rules/actionSchema';
import type { PlayerAction as Move } from '../rules/actions';
import { DIFFICULTY_IDS } from '../rules/difficulty';
import { playAll, type PlayedGame } from '../rules/game';
import { unpackFragment } from './link';
import { jsonSyntaxMessage, shapeMessage } from './messages';
import { MAX_REPLAY_BYTES, MAX_SEED, REPLAY_FORMAT, REPLAY_VERSION, type ReplayShape } from './replayFormat';

export {
  actionsBeforeRound,
  makeReplay,
  MAX_REPLAY_BYTES,
  MAX_SEED,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  roundWorlds,
} from './replayFormat';

export const Replay = z
  .object({
    format: z.literal(REPLAY_FORMAT),
    version: z.literal(2),
    scenario: z.object({ id: z.string(), version: z.string() }).strict(),
    seed: z.number().int().min(0).max(MAX_SEED),
    role: z.string().max(8),
    difficulty: z.enum(DIFFICULTY_IDS),
    actions: z.array(PlayerAction).max(2000),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** What the schema reads: the format's shape (./replayFormat.ts), or `never` if the two drift apart. */
export type Replay = Same<z.infer<typeof Replay>, ReplayShape> extends true ? ReplayShape : never;

export type ReplayResult = { ok: true; replay: Replay; game: PlayedGame } | { ok: false; error: string };

const describe = (a: Move): string =>
  a.type === 'end'
    ? 'end of round'
    : a.type === 'statement'
      ? `statement on ${a.issue}`
      : a.type === 'concession'
        ? `concession to ${a.target} on ${a.issue}`
        : a.type === 'decide'
          ? `decision on ${a.act}`
          : `${a.type} to ${a.target}`;

/** Reads a replay from text: shape, version, scenario, legality of every action, then the hash. */
export function loadReplay(text: string, scenario: Scenario): ReplayResult {
  if (text.length > MAX_REPLAY_BYTES)
    return { ok: false, error: `replay is larger than 1 MB (${text.length} characters)` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: jsonSyntaxMessage(e) };
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

export function upgrade(
  head: Raw,
  current = REPLAY_VERSION,
  steps: Record<number, Migration> = MIGRATIONS,
): { ok: true; raw: Raw } | { ok: false; error: string } {
  const v = head.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    return { ok: false, error: `replay version ${JSON.stringify(v) ?? 'missing'} is not a version number` };
  if (v > current)
    return {
      ok: false,
      error: `replay version ${v} was made by a newer version of the game; this build reads versions up to ${current}`,
    };
  let raw = head;
  for (let n = v; n < current; n++) {
    const step = steps[n];
    if (!step) return { ok: false, error: `replay version ${v} is too old for this build and cannot be upgraded` };
    raw = { ...step(raw), version: n + 1 };
  }
  return { ok: true, raw };
}

export function checkReplay(raw: unknown, scenario: Scenario): ReplayResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: 'replay must be a JSON object' };
  const head = raw as Raw;
  if (head.format !== REPLAY_FORMAT)
    return { ok: false, error: `not a Grand Coalition replay (format is ${JSON.stringify(head.format) ?? 'missing'})` };
  const up = upgrade(head);
  if (!up.ok) return up;
  const r = Replay.safeParse(up.raw);
  if (!r.success) {
    // Built from the issue's code and path, in the format's words: never zod's text, nor the file's keys.
    return { ok: false, error: shapeMessage(r.error.issues[0]!) };
  }
  const replay = r.data;
  if (replay.scenario.id !== scenario.id)
    return { ok: false, error: `replay is for scenario "${replay.scenario.id}", this build has "${scenario.id}"` };
  if (replay.scenario.version !== scenario.version) {
    return {
      ok: false,
      error: `replay is for scenario version ${replay.scenario.version}, this build has ${scenario.version}`,
    };
  }
  if (!scenario.roles.some((x) => x.actor === replay.role))
    return { ok: false, error: `replay role "${replay.role}" is not playable in this scenario` };
  const played = playAll(scenario, replay.seed, replay.role, replay.actions, undefined, replay.difficulty);
  if (!played.ok) {
    return {
      ok: false,
      error: `replay action ${played.index + 1} (${describe(replay.actions[played.index]!)}) is illegal: ${played.error}`,
    };
  }
  if (played.game.hash !== replay.hash) {
    return {
      ok: false,
      error: `replay hash mismatch: the actions lead to ${played.game.hash.slice(0, 12)}…, the file records ${replay.hash.slice(0, 12)}… (edited, or made by another build)`,
    };
  }
  return { ok: true, replay, game: played.game };
}

/** A link's replay checked by this build's own rules (replays of any release: src/release/load.ts). */
export function replayFromFragment(fragment: string, scenario: Scenario): ReplayResult {
  const u = unpackFragment(fragment);
  return u.ok ? checkReplay(u.raw, scenario) : u;
}
