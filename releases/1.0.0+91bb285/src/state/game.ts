// A game as a running actor: create it, play moves into it, read its world. Used by the
// command-line runner, the replays, the policies' harness and the browser alike.
import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../data/schema';
import { validateAction, type PlayerAction } from './actions';
import { hashOf } from './hash';
import { actionToEvent, gameMachine, type GameInput } from './machine';
import type { World } from './world';

export type Game = Actor<typeof gameMachine>;

export function createGame(input: GameInput): Game {
  const game = createActor(gameMachine, { input });
  game.start();
  return game;
}

export const worldOf = (game: Game): World => game.getSnapshot().context.world;
export const isOver = (game: Game): boolean => game.getSnapshot().status === 'done';

/** Plays one move. Returns null, or why the move is illegal (and then nothing changed). */
export function play(game: Game, action: PlayerAction): string | null {
  const snap = game.getSnapshot();
  if (snap.status === 'done') return 'the game is over';
  const err = validateAction(snap.context.rules, snap.context.world, action);
  if (err) return err;
  if (snap.matches('briefing')) game.send({ type: 'briefing.ack' });
  game.send(actionToEvent(action));
  return null;
}

/**
 * What a replay's hash covers: the final world's state and each round's meter and events. The
 * detailed log is derived from these and the actions, so hashing it too would only cost time.
 */
export function finalState(world: World) {
  const { rounds, meter, ...state } = world;
  return { ...state, meter: meter.value, members: meter.members, rounds: rounds.map((r) => ({ date: r.date, meter: r.meter?.value ?? null, events: r.events })) };
}

export const finalHash = (world: World): string => hashOf(finalState(world));

export interface PlayedGame {
  world: World;
  actions: PlayerAction[];
  hash: string;
}

/** Plays a list of moves from the start; the first illegal move is reported with its index. */
export function playAll(scenario: Scenario, seed: number, role: string, actions: PlayerAction[]): { ok: true; game: PlayedGame } | { ok: false; index: number; error: string } {
  const game = createGame({ scenario, seed, role });
  for (let i = 0; i < actions.length; i++) {
    const err = play(game, actions[i]!);
    if (err) return { ok: false, index: i, error: err };
  }
  const world = worldOf(game);
  game.stop();
  return { ok: true, game: { world, actions, hash: finalHash(world) } };
}
