// One game's phases as the player lives them: briefing → diplomacy (moves, each answered at once
// by the reducer) → resolution (the round's end) → the next briefing, or the debrief. The machine
// holds no rules: every move goes through applyAction, and a refused move leaves its reason.
import { assign, raise, setup } from 'xstate';
import type { PlayerAction } from './actions';
import { applyAction } from './reducer';
import type { Rules } from './rules';
import type { World } from './world';

export type MoveEvent = { type: 'move'; action: PlayerAction };
export type GameEvent = { type: 'briefing.ack' } | MoveEvent;

export interface GameInput {
  rules: Rules;
  /** The world to start from: a new game's, or one rebuilt from a replay's moves. */
  world: World;
}

export interface GameContext {
  rules: Rules;
  world: World;
  /** Why the last move was refused, for the interface to say; null after a legal move. */
  refusal: string | null;
}

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    input: {} as GameInput,
    events: {} as GameEvent,
  },
  actions: {
    applyMove: assign(({ context, event }) => {
      const r = applyAction(context.rules, context.world, (event as MoveEvent).action);
      return r.ok ? { world: r.world, refusal: null } : { refusal: r.reason };
    }),
    /** A move made from the briefing is made in diplomacy: the briefing counts as read. */
    forwardMove: raise(({ event }) => event as MoveEvent),
  },
  guards: {
    endsRound: ({ context, event }) =>
      event.type === 'move' && event.action.type === 'end' && context.world.outcome === null,
    over: ({ context }) => context.world.outcome !== null,
    midRound: ({ context }) => context.world.rounds[context.world.rounds.length - 1]!.actions.length > 0,
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => ({ rules: input.rules, world: input.world, refusal: null }),
  initial: 'start',
  states: {
    // A game rebuilt from a replay's moves opens where they left it.
    start: {
      always: [
        { guard: 'over', target: 'debrief' },
        { guard: 'midRound', target: 'diplomacy' },
        { target: 'briefing' },
      ],
    },
    briefing: {
      on: {
        'briefing.ack': 'diplomacy',
        move: { target: 'diplomacy', actions: 'forwardMove' },
      },
    },
    diplomacy: {
      on: {
        move: [{ guard: 'endsRound', target: 'resolution', actions: 'applyMove' }, { actions: 'applyMove' }],
      },
    },
    resolution: {
      always: [{ guard: 'over', target: 'debrief' }, { target: 'briefing' }],
    },
    debrief: { type: 'final' },
  },
});
