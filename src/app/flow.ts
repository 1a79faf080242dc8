// The game's flow as the player lives it, as one statechart: the title page, a game (briefing,
// diplomacy, an answer awaiting the player's reply to a counter-offer, the round's resolution,
// the debrief), the replay viewer and taking over from one of its rounds. The chart decides what
// comes next; the page renders its snapshots and sends it events. It holds no rules: moves go to
// the running game (the reducer, behind the release's face), and what it keeps is who is on screen.
import { assign, fromPromise, setup } from 'xstate';
import type { PlayerAction } from '../state/rules/actions';
import { echoText } from '../state/view/echo';
import type { Difficulty } from '../state/rules/difficulty';
import type { Opened } from '../release/load';
import type { CheckedReplay, Release, ReplayFrames, RunningGame } from '../release/types';

/** What the flow asks of the autosave and the list of games (src/app/records.ts in the browser). */
export interface Records {
  /** Writes the game's autosave: null, or why it could not. */
  save(game: RunningGame): string | null;
  /** Puts the game in the list of games: null, or why it could not. */
  keep(game: RunningGame): string | null;
  /** Before a new game replaces the autosave: an unfinished game, or an unreadable save, is kept. */
  setAside(game: RunningGame | null): void;
  /** The game is over and the player moves on: no autosave to continue. */
  forget(): void;
}

export interface FlowInput {
  /** The rules new games are played with. */
  current: Release;
  records: Records;
}

/** A counter-offer the player has not answered yet. */
export interface Reply {
  actor: string;
  terms: Record<string, number>;
}

export interface Watching {
  checked: CheckedReplay;
  release: Release;
  frames: ReplayFrames;
  round: number;
}

export interface FlowContext extends FlowInput {
  game: RunningGame | null;
  watching: Watching | null;
  /** Why a replay, a link or a saved game could not be opened, for the title page to say. */
  problem: string | null;
  /** Why the last move was refused; null after a legal one. */
  refusal: string | null;
  reply: Reply | null;
  /** Null while saving works; otherwise why it does not. */
  saveProblem: string | null;
  /** Where a replay being opened was asked for: a refusal goes back there, with its reason. */
  back: 'title' | 'game' | 'viewer';
}

export type FlowEvent =
  | { type: 'new'; seed: number; role: string; difficulty: Difficulty }
  /** Continue the autosaved game (the raw replay the title page found). */
  | {
      type: 'continue';
      raw: unknown;
      /** The release the saved game was made in (else the current one). */ release?: Release;
    }
  /** Open a replay: `what` names it for messages, `load` reads and checks it. */
  | { type: 'open'; what: string; load: () => Promise<Opened> }
  | { type: 'ack' }
  | { type: 'move'; action: PlayerAction }
  | { type: 'reply.accept' }
  | { type: 'reply.decline' }
  | { type: 'go'; round: number }
  | { type: 'takeOver'; round: number }
  | { type: 'title' };

type Ev<T extends FlowEvent['type']> = Extract<FlowEvent, { type: T }>;

/** Plays a move into the game; the reply awaited afterwards is the counter-offer it drew, if any. */
function played(context: FlowContext, action: PlayerAction): Partial<FlowContext> {
  const game = context.game!;
  const refusal = game.play(action);
  if (refusal) return { refusal };
  const last = game.view(null).answers.at(-1);
  const countered = action.type !== 'statement' && action.type !== 'end' && last?.kind === 'counter';
  return {
    refusal: null,
    problem: null,
    reply: countered && last.counter ? { actor: last.actor, terms: last.counter } : null,
    saveProblem: context.records.save(game),
  };
}

/** A game started (or refused) by a release: the old one, if any, stops. */
function started(
  context: FlowContext,
  r: ReturnType<Release['start']>,
  what: string,
): Pick<FlowContext, 'game' | 'problem' | 'refusal' | 'reply' | 'saveProblem' | 'watching'> {
  if (!r.ok)
    return {
      game: context.game,
      watching: context.watching,
      problem: `${what} cannot be started: ${r.error}. Your own game is untouched.`,
      refusal: null,
      reply: null,
      saveProblem: context.saveProblem,
    };
  context.game?.stop();
  return {
    game: r.game,
    watching: null,
    problem: null,
    refusal: null,
    reply: null,
    saveProblem: context.records.save(r.game),
  };
}

export const flowMachine = setup({
  types: {
    context: {} as FlowContext,
    input: {} as FlowInput,
    events: {} as FlowEvent,
  },
  actors: {
    /** Reading and checking a replay (files and older releases load asynchronously). */
    open: fromPromise<Opened, { load: () => Promise<Opened> }>(({ input }) => input.load()),
  },
  actions: {
    setAside: ({ context }) => context.records.setAside(context.game),
    // Each action takes what it needs of its event as params, typed where the transition names it.
    startNew: assign(({ context }, e: Omit<Ev<'new'>, 'type'>) =>
      started(context, context.current.start(e.seed, e.role, e.difficulty), 'A new game'),
    ),
    resume: assign(({ context }, e: Omit<Ev<'continue'>, 'type'>) => {
      const release = e.release ?? context.current;
      const r = release.check(e.raw);
      if (!r.ok) return { problem: `Your saved game cannot be continued: ${r.error}` };
      const { replay } = r.checked;
      return started(
        context,
        release.start(replay.seed, replay.role, replay.difficulty, replay.actions),
        'Your saved game',
      );
    }),
    takeOver: assign(({ context }, { round }: { round: number }) => {
      const { release, checked } = context.watching!;
      const { replay } = checked;
      const moves = release.actionsBeforeRound(replay, round);
      return started(context, release.start(replay.seed, replay.role, replay.difficulty, moves), 'Taking over');
    }),
    beginDiplomacy: ({ context }) => context.game!.beginDiplomacy(),
    play: assign(({ context }, { action }: { action: PlayerAction }) => played(context, action)),
    acceptCounter: assign(({ context }) => {
      const { actor, terms } = context.reply!;
      return played(context, { type: 'proposal', target: actor, terms });
    }),
    decline: assign({ reply: null, refusal: null }),
    keep: assign(({ context }) => ({ saveProblem: context.records.keep(context.game!) ?? context.saveProblem })),
    forget: ({ context }) => context.records.forget(),
    clearProblem: assign({ problem: null }),
    /** A replay read: watched, or refused with the reason. */
    opened: assign((_, o: Opened) =>
      o.ok
        ? { watching: { checked: o.checked, release: o.release, frames: o.checked.frames(), round: 0 }, problem: null }
        : { problem: o.error },
    ),
    openFailed: assign((_, { error }: { error: unknown }) => ({
      problem: `it could not be read (${echoText(String(error))})`,
    })),
    go: assign(({ context }, { round: asked }: { round: number }) => {
      const w = context.watching!;
      const round = Math.max(0, Math.min(w.frames.lastRound, asked));
      return { watching: { ...w, round } };
    }),
    unwatch: assign({ watching: null }),
    fromTitle: assign({ back: 'title' as const }),
    fromGame: assign({ back: 'game' as const }),
    fromViewer: assign({ back: 'viewer' as const }),
  },
  guards: {
    noGame: ({ context }) => context.game === null,
    over: ({ context }) => context.game!.phase() === 'debrief',
    inBriefing: ({ context }) => context.game!.phase() === 'briefing',
    awaitingReply: ({ context }) => context.reply !== null,
    endsRound: (_, { action }: { action: PlayerAction }) => action.type === 'end',
    started: ({ context }) => context.game !== null && context.problem === null,
    backToGame: ({ context }) => context.back === 'game' && context.game !== null,
    backToViewer: ({ context }) => context.back === 'viewer' && context.watching !== null,
  },
}).createMachine({
  id: 'flow',
  context: ({ input }) => ({
    ...input,
    game: null,
    watching: null,
    problem: null,
    refusal: null,
    reply: null,
    saveProblem: null,
    back: 'title' as const,
  }),
  initial: 'title',
  on: {
    // A link or a dropped file can arrive at any moment; the game in play is left as it is.
    open: '.opening',
  },
  states: {
    title: {
      on: {
        open: { target: 'opening', actions: 'fromTitle' },
        new: { target: 'starting', actions: ['setAside', { type: 'startNew', params: ({ event }) => event }] },
        continue: { target: 'starting', actions: { type: 'resume', params: ({ event }) => event } },
      },
    },
    // Whether the game could start: into it, or back to the title with the reason.
    starting: {
      always: [{ guard: 'started', target: 'game' }, { target: 'title' }],
    },
    opening: {
      invoke: {
        src: 'open',
        // Entered only by an open event.
        input: ({ event }) => {
          if (event.type !== 'open') throw new Error(`opening entered by ${event.type}`);
          return { load: event.load };
        },
        // A refusal leaves the player where they were (their game, or the replay they watched).
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'viewer',
            actions: { type: 'opened', params: ({ event }) => event.output },
          },
          { guard: 'backToGame', target: 'game', actions: { type: 'opened', params: ({ event }) => event.output } },
          { guard: 'backToViewer', target: 'viewer', actions: { type: 'opened', params: ({ event }) => event.output } },
          { target: 'title', actions: { type: 'opened', params: ({ event }) => event.output } },
        ],
        onError: [
          {
            guard: 'backToGame',
            target: 'game',
            actions: { type: 'openFailed', params: ({ event }) => ({ error: event.error }) },
          },
          {
            guard: 'backToViewer',
            target: 'viewer',
            actions: { type: 'openFailed', params: ({ event }) => ({ error: event.error }) },
          },
          { target: 'title', actions: { type: 'openFailed', params: ({ event }) => ({ error: event.error }) } },
        ],
      },
    },
    game: {
      initial: 'route',
      on: {
        title: { target: 'title', actions: 'clearProblem' },
        open: { target: 'opening', actions: 'fromGame' },
      },
      states: {
        // Where the game stands after each step: read from the game, never remembered.
        route: {
          always: [
            { guard: 'over', target: 'debrief' },
            { guard: 'inBriefing', target: 'briefing' },
            { guard: 'awaitingReply', target: 'diplomacy.answer' },
            { target: 'diplomacy' },
          ],
        },
        briefing: {
          on: { ack: { target: 'route', actions: 'beginDiplomacy' } },
        },
        diplomacy: {
          initial: 'choosing',
          on: {
            move: [
              {
                guard: { type: 'endsRound', params: ({ event }) => event },
                target: 'resolution',
                actions: { type: 'play', params: ({ event }) => event },
              },
              { target: 'route', actions: { type: 'play', params: ({ event }) => event } },
            ],
          },
          states: {
            choosing: {},
            // A capital countered: accept its terms (a proposal of them, which it honours), decline
            // them, or ignore them by making another move (the offer stands until the round ends).
            answer: {
              on: {
                'reply.accept': { target: '#flow.game.route', actions: 'acceptCounter' },
                'reply.decline': { target: 'choosing', actions: 'decline' },
              },
            },
          },
        },
        // The round ends (its move played on the way in): the other capitals act, events fire, the
        // meter is read.
        resolution: {
          always: 'route',
        },
        debrief: {
          entry: 'keep',
          on: { title: { target: '#flow.title', actions: ['forget', 'clearProblem'] } },
        },
      },
    },
    viewer: {
      on: {
        open: { target: 'opening', actions: 'fromViewer' },
        go: { actions: [{ type: 'go', params: ({ event }) => event }, 'clearProblem'] },
        takeOver: { target: 'starting', actions: ['setAside', { type: 'takeOver', params: ({ event }) => event }] },
        title: { target: 'title', actions: ['unwatch', 'clearProblem'] },
      },
    },
  },
});
