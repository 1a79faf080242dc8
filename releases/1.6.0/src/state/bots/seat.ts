// Where a bot sits to play: it reads the world and makes moves, each applied or refused with a
// reason. Two seats: the reducer itself, which batch runs fold directly (the bench, the balance
// report, `sim --games`), and the game machine, which a game someone plays goes through (the CLI's
// single game, as the browser's games do), phases and all.
import { createActor } from 'xstate';
import type { PlayerAction } from '../rules/actions';
import { gameMachine } from '../rules/machine';
import { applyAction } from '../rules/reducer';
import type { Rules } from '../rules/rules';
import type { World } from '../rules/world';

export interface Seat {
  world(): World;
  /** Makes a move: null, or why it was refused (and then nothing changed). */
  play(action: PlayerAction): string | null;
}

/** The reducer folded directly: nothing between the move and the rules. */
export function reducerSeat(rules: Rules, start: World): Seat {
  let w = start;
  return {
    world: () => w,
    play: (a) => {
      const r = applyAction(rules, w, a);
      if (!r.ok) return r.reason;
      w = r.world;
      return null;
    },
  };
}

/**
 * A game machine started on `start`, played as a person plays it: the briefing is read (acknowledged)
 * before the round's first move, and each move is an event whose refusal the machine keeps.
 */
export function machineSeat(rules: Rules, start: World): Seat & { stop(): void } {
  const actor = createActor(gameMachine, { input: { rules, world: start } }).start();
  return {
    world: () => actor.getSnapshot().context.world,
    play: (action) => {
      if (actor.getSnapshot().status === 'done') return 'the game is over';
      if (actor.getSnapshot().matches('briefing')) actor.send({ type: 'briefing.ack' });
      actor.send({ type: 'move', action });
      return actor.getSnapshot().context.refusal;
    },
    stop: () => actor.stop(),
  };
}
