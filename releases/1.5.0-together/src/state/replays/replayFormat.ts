// Replay format v2, the part the page needs before it reads any replay: its constants, making one
// from a game, and playing a checked one again. Checking a replay is ./replay.ts (with the validator).
import type { Scenario } from '../../data/schema';
import type { PlayerAction } from '../rules/actions';
import type { Difficulty } from '../rules/difficulty';
import { playAll, type PlayedGame } from '../rules/game';
import type { World } from '../rules/world';

export const REPLAY_FORMAT = 'grand-coalition-replay';
export const REPLAY_VERSION = 2;
export const MAX_REPLAY_BYTES = 1_000_000;
export const MAX_SEED = 4_294_967_295;

/**
 * A replay as its file holds it. ./replay.ts checks text against a schema of exactly this shape
 * (its type `Replay` is `never` if the two ever differ), so this module needs no validator.
 */
// A type, not an interface: it must fit where any JSON object (an index signature) is expected.
export type ReplayShape = {
  format: typeof REPLAY_FORMAT;
  version: typeof REPLAY_VERSION;
  scenario: { id: string; version: string };
  seed: number;
  role: string;
  difficulty: Difficulty;
  actions: PlayerAction[];
  hash: string;
};
type Replay = ReplayShape;

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

/**
 * The world at the start of each round of a checked replay, plus the final one: what the
 * replay viewer steps through. Index k is the world as round k begins; the last is the end.
 */
export function roundWorlds(scenario: Scenario, replay: Replay): World[] {
  const worlds: World[] = [];
  const r = playAll(scenario, replay.seed, replay.role, replay.actions, (w) => worlds.push(w), replay.difficulty);
  if (!r.ok) throw new Error(`replay was not checked: ${r.error}`);
  return worlds;
}

/** The moves that lead to the start of round k: where "take over from here" begins. */
export function actionsBeforeRound(replay: Replay, round: number): PlayerAction[] {
  const out: PlayerAction[] = [];
  let r = 0;
  for (const a of replay.actions) {
    if (r >= round) break;
    out.push(a);
    if (a.type === 'end') r += 1;
  }
  return out;
}
