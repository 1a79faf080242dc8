// The game's flow as the player lives it, as one statechart: the title page, a game (briefing,
// diplomacy, an answer awaiting the player's reply to a counter-offer, the round's resolution,
// the debrief), the replay viewer (of a one-player game, or of a game several human roles played
// together) and taking over from one of its rounds. The chart decides what
// comes next; the page renders its snapshots and sends it events. It holds no rules: moves go to
// the running game (the reducer, behind the release's face), and what it keeps is who is on screen.
import { assign, fromCallback, fromPromise, setup, type EventObject } from 'xstate';
import type { PlayerAction } from '../state/rules/actions';
import { echoText } from '../state/view/echo';
import type { Difficulty } from '../state/rules/difficulty';
import type { OpenedAny } from '../release/load';
import type {
  CheckedReplay,
  CheckedTogether,
  Release,
  ReplayFrames,
  RunningGame,
  TogetherFrames,
} from '../release/types';

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

/**
 * The replay being watched: a one-player game (taken over here, as a new game), or a game several
 * human roles played together (`together`: one role is taken over on the page for games played together).
 */
export type Watching =
  | { kind: 'one'; checked: CheckedReplay; release: Release; frames: ReplayFrames; round: number }
  | { kind: 'together'; together: CheckedTogether; release: Release; frames: TogetherFrames; round: number };

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
  | { type: 'open'; what: string; load: () => Promise<OpenedAny> }
  | { type: 'ack' }
  | { type: 'move'; action: PlayerAction }
  | { type: 'reply.accept' }
  | { type: 'reply.decline' }
  | { type: 'go'; round: number }
  | { type: 'takeOver'; round: number }
  | { type: 'title' };

/**
 * What the flow's actors send back: a move played (its refusal, or the reply it awaits, and how the
 * autosave went), a game started or refused, a finished game kept in the list.
 */
export type FlowResult =
  | { type: 'played'; refusal: string | null; reply: Reply | null; saveProblem: string | null; ended: boolean }
  | { type: 'started'; game: RunningGame; saveProblem: string | null }
  | { type: 'refused'; problem: string }
  | { type: 'kept'; saveProblem: string | null };

/** The tag of a state in which an actor is at work: a snapshot the page need not draw (its result follows at once). */
export const WORKING = 'working';

interface PlayInput {
  game: RunningGame;
  records: Records;
  action: PlayerAction;
}

/** Plays a move into the game and autosaves it; the reply awaited afterwards is the counter-offer it drew, if any. */
function played({ game, records, action }: PlayInput): FlowResult {
  const ended = action.type === 'end';
  const refusal = game.play(action);
  if (refusal) return { type: 'played', refusal, reply: null, saveProblem: null, ended };
  const last = game.view(null).answers.at(-1);
  const countered = action.type !== 'statement' && action.type !== 'end' && last?.kind === 'counter';
  return {
    type: 'played',
    refusal: null,
    reply: countered && last.counter ? { actor: last.actor, terms: last.counter } : null,
    saveProblem: records.save(game),
    ended,
  };
}

/** Accepting a counter-offer: a proposal of its terms, which the capital honours. */
function acceptance(context: FlowContext): PlayerAction {
  const { actor, terms } = context.reply!;
  return { type: 'proposal', target: actor, terms };
}

/** A game to start: what to call it in a refusal, and how (or why it cannot be). */
type Start = { what: string; run: () => ReturnType<Release['start']> } | { problem: string };

/** The game an event asks for: a new one, the autosave continued, or a replay taken over. */
function startOf(context: FlowContext, event: FlowEvent | FlowResult): Start {
  if (event.type === 'new') {
    const { seed, role, difficulty } = event;
    return { what: 'A new game', run: () => context.current.start(seed, role, difficulty) };
  }
  if (event.type === 'continue') {
    const release = event.release ?? context.current;
    const r = release.check(event.raw);
    if (!r.ok) return { problem: `Your saved game cannot be continued: ${r.error}` };
    const { seed, role, difficulty, actions } = r.checked.replay;
    return { what: 'Your saved game', run: () => release.start(seed, role, difficulty, actions) };
  }
  if (event.type === 'takeOver' && context.watching) {
    // A game played together is taken over on its own page (src/main.ts sends no takeOver for one).
    if (context.watching.kind !== 'one') return { problem: 'a game played together is taken over on its own page' };
    const { release, checked } = context.watching;
    const { seed, role, difficulty } = checked.replay;
    const moves = release.actionsBeforeRound(checked.replay, event.round);
    return { what: 'Taking over', run: () => release.start(seed, role, difficulty, moves) };
  }
  throw new Error(`a game cannot start on ${event.type}`);
}

/** Starts the game; the old one, if any, stops once the new one takes its place (stopOld). */
function started(start: Start, records: Records): FlowResult {
  if ('problem' in start) return { type: 'refused', problem: start.problem };
  const r = start.run();
  if (!r.ok)
    return { type: 'refused', problem: `${start.what} cannot be started: ${r.error}. Your own game is untouched.` };
  return { type: 'started', game: r.game, saveProblem: records.save(r.game) };
}

export const flowMachine = setup({
  types: {
    context: {} as FlowContext,
    input: {} as FlowInput,
    events: {} as FlowEvent | FlowResult,
  },
  // The flow's effects on the game and the records run in actors, each sending back what came of
  // it; transitions only assign what they send (XState: an effect whose result decides what comes
  // next is an actor, not an action). The actors answer at once, so a sent event has settled when
  // send returns; the snapshots in between carry the WORKING tag.
  actors: {
    /** Reading and checking a replay (files and older releases load asynchronously). */
    open: fromPromise<OpenedAny, { load: () => Promise<OpenedAny> }>(({ input }) => input.load()),
    /** A move played into the running game, and the autosave written. */
    play: fromCallback<EventObject, PlayInput>(({ input, sendBack }) => sendBack(played(input))),
    /** A game started in a release, and its autosave written. */
    start: fromCallback<EventObject, { start: Start; records: Records }>(({ input, sendBack }) =>
      sendBack(started(input.start, input.records)),
    ),
    /** A finished game put in the list of games. */
    keep: fromCallback<EventObject, { game: RunningGame; records: Records }>(({ input, sendBack }) =>
      sendBack({ type: 'kept', saveProblem: input.records.keep(input.game) }),
    ),
  },
  actions: {
    setAside: ({ context }) => context.records.setAside(context.game),
    /** The game a new one replaces stops (listed before the new one is assigned). */
    stopOld: ({ context }) => context.game?.stop(),
    beginDiplomacy: ({ context }) => context.game!.beginDiplomacy(),
    forget: ({ context }) => context.records.forget(),
    // Each assigning action takes what it needs of its event as params, typed where the transition names it.
    begun: assign((_, r: { game: RunningGame; saveProblem: string | null }) => ({
      game: r.game,
      watching: null,
      problem: null,
      refusal: null,
      reply: null,
      saveProblem: r.saveProblem,
    })),
    notBegun: assign((_, { problem }: { problem: string }) => ({ problem })),
    settle: assign((_, r: { refusal: string | null; reply: Reply | null; saveProblem: string | null }) =>
      r.refusal ? { refusal: r.refusal } : { refusal: null, problem: null, reply: r.reply, saveProblem: r.saveProblem },
    ),
    kept: assign(({ context }, { saveProblem }: { saveProblem: string | null }) => ({
      saveProblem: saveProblem ?? context.saveProblem,
    })),
    decline: assign({ reply: null, refusal: null }),
    clearProblem: assign({ problem: null }),
    /** A replay read: watched, or refused with the reason. */
    opened: assign((_, o: OpenedAny) =>
      !o.ok
        ? { problem: o.error }
        : 'together' in o
          ? {
              watching: {
                kind: 'together' as const,
                together: o.together,
                release: o.release,
                frames: o.together.frames(),
                round: 0,
              },
              problem: null,
            }
          : {
              watching: {
                kind: 'one' as const,
                checked: o.checked,
                release: o.release,
                frames: o.checked.frames(),
                round: 0,
              },
              problem: null,
            },
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
        new: { target: 'starting', actions: 'setAside' },
        continue: 'starting',
      },
    },
    // Whether the game could start: into it, or back to the title with the reason.
    starting: {
      tags: [WORKING],
      invoke: {
        src: 'start',
        input: ({ context, event }) => ({ start: startOf(context, event), records: context.records }),
      },
      on: {
        started: { target: 'game', actions: ['stopOld', { type: 'begun', params: ({ event }) => event }] },
        refused: { target: 'title', actions: { type: 'notBegun', params: ({ event }) => event } },
      },
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
          on: { move: 'playing' },
          states: {
            choosing: {},
            // A capital countered: accept its terms (a proposal of them, which it honours), decline
            // them, or ignore them by making another move (the offer stands until the round ends).
            answer: {
              on: {
                'reply.accept': '#flow.game.playing',
                'reply.decline': { target: 'choosing', actions: 'decline' },
              },
            },
          },
        },
        // A move played (a move of the talks, or a counter-offer's terms accepted): then where the
        // game stands, through the round's end if it was the end.
        playing: {
          tags: [WORKING],
          invoke: {
            src: 'play',
            input: ({ context, event }) => ({
              game: context.game!,
              records: context.records,
              action: event.type === 'move' ? event.action : acceptance(context),
            }),
          },
          on: {
            played: [
              {
                guard: ({ event }) => event.ended,
                target: 'resolution',
                actions: { type: 'settle', params: ({ event }) => event },
              },
              { target: 'route', actions: { type: 'settle', params: ({ event }) => event } },
            ],
          },
        },
        // The round ends (its move played on the way in): the other capitals act, events fire, the
        // meter is read.
        resolution: {
          always: 'route',
        },
        // The game is over: kept in the list of games, then shown.
        debrief: {
          initial: 'keeping',
          on: { title: { target: '#flow.title', actions: ['forget', 'clearProblem'] } },
          states: {
            keeping: {
              tags: [WORKING],
              invoke: { src: 'keep', input: ({ context }) => ({ game: context.game!, records: context.records }) },
              on: { kept: { target: 'kept', actions: { type: 'kept', params: ({ event }) => event } } },
            },
            kept: {},
          },
        },
      },
    },
    viewer: {
      on: {
        open: { target: 'opening', actions: 'fromViewer' },
        go: { actions: [{ type: 'go', params: ({ event }) => event }, 'clearProblem'] },
        takeOver: { target: 'starting', actions: 'setAside' },
        title: { target: 'title', actions: ['unwatch', 'clearProblem'] },
      },
    },
  },
});
