// One child actor per country. It answers the asks addressed to it from the world the game sends
// with the ask, and counts how many it has answered. It holds no copy of the world.
import { assign, sendParent, setup } from 'xstate';
import type { Answer } from './model/answer';
import type { Rules } from './rules';
import { answer, type Ask } from './step';
import type { ActorId, World } from './world';

export type AskEvent = { type: 'ask'; rules: Rules; world: World; action: Ask };
export type AnswerEvent = { type: 'answer'; action: Ask; answer: Answer };

export const countryMachine = setup({
  types: {
    context: {} as { actor: ActorId; answered: number },
    input: {} as { actor: ActorId },
    events: {} as AskEvent,
  },
}).createMachine({
  id: 'country',
  context: ({ input }) => ({ actor: input.actor, answered: 0 }),
  on: {
    ask: {
      actions: [
        assign({ answered: ({ context }) => context.answered + 1 }),
        sendParent(({ event }): AnswerEvent => ({ type: 'answer', action: event.action, answer: answer(event.rules, event.world, event.action) })),
      ],
    },
  },
});
