// A whole game as a fold of the reducer over its moves: what replays, links and the class
// comparison verify, and the hash that names the result.
import type { Scenario } from '../../data/schema';
import type { Difficulty } from './difficulty';
import type { PlayerAction } from './actions';
import { hashOf } from './hash';
import { applyAction } from './reducer';
import { buildRules } from './rules';
import { initWorld } from './step';
import type { World } from './world';

/**
 * What a replay's hash covers: the final world's state and each round's meter and events. The
 * detailed log is derived from these and the actions, so hashing it too would only cost time.
 */
export function finalState(world: World) {
  const { rounds, meter, difficulty, ...state } = world;
  // Normal is the only level version-1 replays knew: leaving it out keeps their hashes valid.
  return {
    ...state,
    ...(difficulty === 'normal' ? {} : { difficulty }),
    meter: meter.value,
    members: meter.members,
    rounds: rounds.map((r) => ({ date: r.date, meter: r.meter?.value ?? null, events: r.events })),
  };
}

export const finalHash = (world: World): string => hashOf(finalState(world));

export interface PlayedGame {
  world: World;
  actions: PlayerAction[];
  hash: string;
}

/**
 * Plays a list of moves from the start; the first illegal move is reported with its index.
 * `onRound` sees the world each time a round closes (the replay viewer keeps them).
 */
export function playAll(
  scenario: Scenario,
  seed: number,
  role: string,
  actions: PlayerAction[],
  onRound?: (w: World) => void,
  difficulty: Difficulty = 'normal',
): { ok: true; game: PlayedGame } | { ok: false; index: number; error: string } {
  const rules = buildRules(scenario);
  let world = initWorld(rules, seed, role, difficulty);
  onRound?.(world);
  for (let i = 0; i < actions.length; i++) {
    const r = applyAction(rules, world, actions[i]!);
    if (!r.ok) return { ok: false, index: i, error: r.reason };
    world = r.world;
    if (onRound && actions[i]!.type === 'end') onRound(world);
  }
  return { ok: true, game: { world, actions, hash: finalHash(world) } };
}
