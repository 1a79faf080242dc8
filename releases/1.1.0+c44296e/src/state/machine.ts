// Phases and rounds only: briefing → diplomacy (the player's moves, answered by the country
// actors) → resolution (actors act, events, meter) → the next briefing, or the debrief.
import { assign, enqueueActions, setup } from 'xstate';
import type { Scenario } from '../data/schema';
import type { Difficulty } from './difficulty';
import { validateAction, type PlayerAction } from './actions';
import { countryMachine, type AnswerEvent } from './country';
import { buildRules, type Rules } from './rules';
import { beginAsk, completeAsk, initWorld, resolveRound, statement, type Tuning } from './step';
import type { ActorId, World } from './world';

export type ActionEvent =
  | { type: 'action.call'; target: ActorId }
  | { type: 'action.visit'; target: ActorId }
  | { type: 'action.proposal'; target: ActorId; terms: Record<string, number> }
  | { type: 'action.statement'; issue: string; position: number }
  | { type: 'action.concession'; target: ActorId; issue: string };

export type GameEvent = { type: 'briefing.ack' } | { type: 'round.end' } | ActionEvent | AnswerEvent;

export interface GameInput {
  scenario: Scenario;
  seed: number;
  role: ActorId;
  difficulty?: Difficulty;
  tuning?: Tuning;
}

export interface GameContext {
  rules: Rules;
  world: World;
  tuning: Tuning;
  /** Why the last move was refused, for the interface to say; null after a legal move. */
  rejected: string | null;
}

export function eventToAction(e: ActionEvent | { type: 'round.end' }): PlayerAction {
  const { type, ...rest } = e;
  if (type === 'round.end') return { type: 'end' };
  return { type: type.slice('action.'.length), ...rest } as PlayerAction;
}

export function actionToEvent(a: PlayerAction): ActionEvent | { type: 'round.end' } {
  const { type, ...rest } = a;
  if (type === 'end') return { type: 'round.end' };
  return { type: `action.${type}`, ...rest } as ActionEvent;
}

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    input: {} as GameInput,
    events: {} as GameEvent,
  },
  actors: { country: countryMachine },
  guards: {
    legal: ({ context, event }) => validateAction(context.rules, context.world, eventToAction(event as ActionEvent)) === null,
    over: ({ context }) => context.world.outcome !== null,
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => {
    const rules = buildRules(input.scenario);
    return { rules, world: initWorld(rules, input.seed, input.role, input.difficulty), tuning: input.tuning ?? {}, rejected: null };
  },
  entry: enqueueActions(({ context, enqueue }) => {
    for (const a of context.rules.actorIds) {
      if (a !== context.world.role) enqueue.spawnChild('country', { id: a, systemId: `country.${a}`, input: { actor: a } });
    }
  }),
  initial: 'briefing',
  states: {
    briefing: {
      on: { 'briefing.ack': 'diplomacy' },
    },
    diplomacy: {
      on: {
        'action.*': [
          {
            guard: 'legal',
            actions: enqueueActions(({ context, event, enqueue }) => {
              const action = eventToAction(event as ActionEvent);
              enqueue.assign({ rejected: null });
              if (action.type === 'statement') {
                enqueue.assign({ world: statement(context.rules, context.world, action.issue, action.position) });
                return;
              }
              if (action.type === 'end') return;
              enqueue.assign({ world: beginAsk(context.rules, context.world, action) });
              enqueue.sendTo(action.target, ({ context: c }) => ({ type: 'ask', rules: c.rules, world: c.world, action }));
            }),
          },
          {
            actions: assign({ rejected: ({ context, event }) => validateAction(context.rules, context.world, eventToAction(event as ActionEvent)) }),
          },
        ],
        answer: {
          actions: assign({ world: ({ context, event }) => completeAsk(context.rules, context.world, event.action, event.answer) }),
        },
        'round.end': { target: 'resolution', actions: assign({ rejected: null }) },
      },
    },
    resolution: {
      entry: assign({ world: ({ context }) => resolveRound(context.rules, context.world, context.tuning) }),
      always: [{ guard: 'over', target: 'debrief' }, { target: 'briefing' }],
    },
    debrief: { type: 'final' },
  },
});
