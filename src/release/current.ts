// The rules this build plays new games with, behind the same face as the frozen releases.
import { createActor } from 'xstate';
import type { Scenario } from '../data/schema';
import { loadScenario } from '../data/load';
import type { PlayerAction } from '../state/rules/actions';
import type { Difficulty } from '../state/rules/difficulty';
import { finalHash, type PlayedGame } from '../state/rules/game';
import { gameMachine } from '../state/rules/machine';
import { actionsBeforeRound, makeReplay, roundWorlds } from '../state/replays/replayFormat';
import type { Replay } from '../state/replays/replay';
import { buildRules } from '../state/rules/rules';
import { initWorld } from '../state/rules/step';
import { gameView, previewView, replayRoundView, type MoveStep, type Phase } from '../state/view/renderModel';
import { adapt } from './adapter';
import type { CheckedReplay } from './types';
import type * as Reading from './reading';
import type { World } from '../state/rules/world';
import type { Rules } from '../state/rules/rules';

/** The game each replay this build's rules checked was played to, by the replay object checked. */
const checkedGames = new WeakMap<Replay, PlayedGame>();

/**
 * The game a replay of this build's scenario version was checked with, in this build's types: what
 * the CLI prints round by round without playing the file a second time. Null for an earlier release's.
 */
export const checkedGame = (checked: CheckedReplay): PlayedGame | null => checkedGames.get(checked.replay) ?? null;

const createGame = (input: { scenario: Scenario; seed: number; role: string; difficulty: Difficulty }) => {
  const rules = buildRules(input.scenario);
  const world = initWorld(rules, input.seed, input.role, input.difficulty);
  return createActor(gameMachine, { input: { rules, world } }).start();
};
type Game = ReturnType<typeof createGame>;

let reading: typeof Reading | null = null;
let readingLoad: Promise<void> | null = null;

/**
 * Loads this release's code for reading games (./reading.ts: replay checks, comparison rows, the
 * debrief's reading against the record). releaseFor (./registry.ts) waits for it before it hands
 * this release out to check a replay, and the page waits for it with the debrief's code. Until it
 * has loaded, a finished game's render model has no reading (divergence null).
 */
export const loadReading = (): Promise<void> =>
  (readingLoad ??= import('./reading').then(
    (m) => {
      reading = m;
    },
    (e: unknown) => {
      readingLoad = null;
      throw e;
    },
  ));

/** The reading code, which whoever checks or compares has loaded: a caller that has not gets a clear error. */
const loaded = (what: string): typeof Reading => {
  if (reading) return reading;
  throw new Error(`${what} needs the current release's reading code: await loadReading() first (releaseFor does)`);
};

export const current = adapt({
  frozen: null,
  loadScenario,
  buildRules,
  checkReplay: (raw: unknown, scenario: Scenario) => {
    // Checked only with the checks loaded: before, a refusal that says so (and leaves every game as it was).
    if (!reading) return { ok: false as const, error: 'the checks for replays have not loaded yet: try again' };
    const r = reading.checkReplay(raw, scenario);
    if (r.ok) checkedGames.set(r.replay, r.game);
    return r;
  },
  makeReplay,
  roundWorlds,
  actionsBeforeRound,
  createGame,
  play: (game: Game, action: PlayerAction) => {
    if (game.getSnapshot().status === 'done') return 'the game is over';
    game.send({ type: 'move', action });
    return game.getSnapshot().context.refusal;
  },
  worldOf: (game: Game) => game.getSnapshot().context.world,
  finalHash,
  view: (rules: Rules, w: World, phase: Phase, rejected: string | null, steps: readonly MoveStep[] = []) =>
    gameView(rules, w, phase, rejected, steps, reading?.divergenceView ?? null),
  previewView,
  replayRoundView,
  compareGames: (...a: Parameters<typeof Reading.compareGames>) => loaded('comparing games').compareGames(...a),
  together: {
    checkTogether: (raw: unknown, scenario: Scenario) => {
      if (!reading) return { ok: false as const, error: 'the checks for replays have not loaded yet: try again' };
      return reading.checkTogether(raw, scenario);
    },
    foldTogether: (...a: Parameters<typeof Reading.foldTogether>) => {
      const f = loaded('reading a game played together').foldTogether(...a);
      return f.ok ? f : { ok: false as const, error: `round ${f.key.round + 1}, ${f.key.role}: ${f.error}` };
    },
    togetherDebrief: (...a: Parameters<typeof Reading.togetherDebrief>) =>
      loaded('a game played together\u2019s debrief').togetherDebrief(...a),
    roundMoves: (...a: Parameters<typeof Reading.roundMoves>) =>
      loaded('a game played together\u2019s moves').roundMoves(...a),
  },
});
