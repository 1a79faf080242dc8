// The replay of a game several roles played (../rules/together.ts): scenario, seed, the human
// roles, the level, every role's moves keyed by (round, role, index), the teacher's closes, and the
// final state's hash (the same hash a one-player replay has). A one-player replay (format version
// 2, and through its own migrations version 1) is read too: `fromReplay` turns it into this format
// with one role, and its hash is unchanged. Games played together are read by the rules of this
// build's scenario version only.
import { z } from 'zod';
import type { Scenario } from '../../data/schema';
import { PlayerAction } from '../rules/actionSchema';
import { DIFFICULTY_IDS, type Difficulty } from '../rules/difficulty';
import { buildRules } from '../rules/rules';
import {
  foldTogether,
  rolesRefusal,
  togetherHash,
  type Close,
  type Keyed,
  type TogetherAction,
  type TogetherGame,
} from '../rules/together';
import { jsonSyntaxMessage, shapeMessage } from './messages';
import { checkReplay, type Replay } from './replay';
import { MAX_REPLAY_BYTES, MAX_SEED, REPLAY_FORMAT } from './replayFormat';

export const TOGETHER_FORMAT = 'grand-coalition-together';
export const TOGETHER_VERSION = 1;
/** At most this many moves in all (three roles of a one-player replay's 2,000). */
export const MAX_TOGETHER_MOVES = 6000;

const Reply = z
  .object({
    type: z.literal('reply'),
    from: z.string().max(8),
    offer: z.number().int().min(0).max(MAX_TOGETHER_MOVES),
    kind: z.enum(['accept', 'decline', 'counter']),
    terms: z.record(z.string().max(16), z.number()).optional(),
  })
  .strict();

export const KeyedMove = z
  .object({
    round: z.number().int().min(0).max(100),
    role: z.string().max(8),
    index: z.number().int().min(0).max(MAX_TOGETHER_MOVES),
    action: z.union([PlayerAction, Reply]),
  })
  .strict();

export const CloseSchema = z
  .object({
    round: z.number().int().min(0).max(100),
    upto: z.record(z.string().max(8), z.number().int().min(0).max(MAX_TOGETHER_MOVES)),
  })
  .strict();

export const TogetherReplay = z
  .object({
    format: z.literal(TOGETHER_FORMAT),
    version: z.literal(TOGETHER_VERSION),
    scenario: z.object({ id: z.string().max(80), version: z.string().max(40) }).strict(),
    seed: z.number().int().min(0).max(MAX_SEED),
    roles: z.array(z.string().max(8)).min(1).max(3),
    difficulty: z.enum(DIFFICULTY_IDS),
    moves: z.array(KeyedMove).max(MAX_TOGETHER_MOVES),
    closes: z.array(CloseSchema).max(100),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export interface TogetherReplay {
  format: typeof TOGETHER_FORMAT;
  version: typeof TOGETHER_VERSION;
  scenario: { id: string; version: string };
  seed: number;
  roles: string[];
  difficulty: Difficulty;
  moves: Keyed[];
  closes: Close[];
  hash: string;
}

export function makeTogetherReplay(scenario: Scenario, g: TogetherGame): TogetherReplay {
  return {
    format: TOGETHER_FORMAT,
    version: TOGETHER_VERSION,
    scenario: { id: scenario.id, version: scenario.version },
    seed: g.world.seed,
    roles: g.roles,
    difficulty: g.world.difficulty,
    moves: g.log,
    closes: g.closes,
    hash: togetherHash(g),
  };
}

/** A one-player replay as a game of one human role: its moves keyed by round and place, its hash the same. */
export function fromReplay(replay: Replay): TogetherReplay {
  const moves: Keyed[] = [];
  let round = 0;
  let index = 0;
  for (const action of replay.actions) {
    moves.push({ round, role: replay.role, index, action });
    index += 1;
    if (action.type === 'end') {
      round += 1;
      index = 0;
    }
  }
  return {
    format: TOGETHER_FORMAT,
    version: TOGETHER_VERSION,
    scenario: replay.scenario,
    seed: replay.seed,
    roles: [replay.role],
    difficulty: replay.difficulty,
    moves,
    closes: [],
    hash: replay.hash,
  };
}

const describe = (a: TogetherAction): string =>
  a.type === 'reply'
    ? `${a.kind} of ${a.from}'s ask ${a.offer}`
    : a.type === 'end'
      ? 'end of turn'
      : a.type === 'statement'
        ? `statement on ${a.issue}`
        : a.type === 'concession'
          ? `concession to ${a.target} on ${a.issue}`
          : a.type === 'decide'
            ? `decision on ${a.act}`
            : `${a.type} to ${a.target}`;

const keyText = (k: Keyed) => `round ${k.round + 1}, ${k.role}, move ${k.index + 1}`;

export type TogetherLoad = { ok: true; replay: TogetherReplay; game: TogetherGame } | { ok: false; error: string };

/** Checks a parsed replay of either format: header, shape, roles, every move through the rules, the hash. */
export function checkTogether(raw: unknown, scenario: Scenario): TogetherLoad {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: 'replay must be a JSON object' };
  const head = raw as Record<string, unknown>;
  if (head.format === REPLAY_FORMAT) {
    // A one-player replay: checked as ever (its migrations included), then read as one role's game.
    const one = checkReplay(raw, scenario);
    return one.ok ? checkTogether(fromReplay(one.replay), scenario) : one;
  }
  if (head.format !== TOGETHER_FORMAT)
    return {
      ok: false,
      error: `not a Grand Coalition replay (format is ${JSON.stringify(head.format)?.slice(0, 40) ?? 'missing'})`,
    };
  if (typeof head.version === 'number' && head.version > TOGETHER_VERSION)
    return {
      ok: false,
      error: `replay version ${head.version} was made by a newer version of the game; this build reads versions up to ${TOGETHER_VERSION}`,
    };
  const r = TogetherReplay.safeParse(raw);
  if (!r.success) return { ok: false, error: shapeMessage(r.error.issues[0]!) };
  const replay = r.data as TogetherReplay;
  if (replay.scenario.id !== scenario.id)
    return {
      ok: false,
      error: `replay is for scenario "${replay.scenario.id.slice(0, 40)}", this build has "${scenario.id}"`,
    };
  if (replay.scenario.version !== scenario.version)
    return {
      ok: false,
      error: `replay is for scenario version ${replay.scenario.version.slice(0, 20)}, this build has ${scenario.version} (games played together are read by their own version's build)`,
    };
  const rules = buildRules(scenario);
  const why = rolesRefusal(rules, replay.roles);
  if (why) return { ok: false, error: `replay roles: ${why}` };
  const f = foldTogether(rules, replay.seed, replay.roles, replay.moves, replay.closes, replay.difficulty);
  if (!f.ok)
    return { ok: false, error: `replay move (${keyText(f.key)}: ${describe(f.key.action)}) is illegal: ${f.error}` };
  if (f.waiting.length > 0)
    return {
      ok: false,
      error: `replay move (${keyText(f.waiting[0]!)}) is never played: an earlier turn is missing, or the round was closed before it`,
    };
  const hash = togetherHash(f.game);
  if (hash !== replay.hash)
    return {
      ok: false,
      error: `replay hash mismatch: the moves lead to ${hash.slice(0, 12)}…, the file records ${replay.hash.slice(0, 12)}… (edited, or made by another build)`,
    };
  return { ok: true, replay, game: f.game };
}

/** Reads a replay's text (either format): size, JSON, then checkTogether. */
export function loadTogether(text: string, scenario: Scenario): TogetherLoad {
  if (text.length > MAX_REPLAY_BYTES)
    return { ok: false, error: `replay is larger than 1 MB (${text.length} characters)` };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: jsonSyntaxMessage(e) };
  }
  return checkTogether(raw, scenario);
}
