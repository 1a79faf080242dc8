// The rules this build plays new games with, behind the same face as the frozen releases.
import { createActor } from 'xstate';
import type { Scenario } from '../data/schema';
import { loadScenario } from '../data/load';
import type { PlayerAction } from '../state/actions';
import { compareGames } from '../state/compare';
import type { Difficulty } from '../state/difficulty';
import { finalHash, type PlayedGame } from '../state/game';
import { gameMachine } from '../state/machine';
import { actionsBeforeRound, checkReplay, makeReplay, roundWorlds, type Replay } from '../state/replay';
import { buildRules } from '../state/rules';
import { initWorld } from '../state/step';
import { previewView, replayRoundView, view } from '../state/view';
import { adapt } from './adapter';
import type { CheckedReplay } from './types';

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

export const current = adapt({
  frozen: null,
  loadScenario,
  buildRules,
  checkReplay: (raw: unknown, scenario: Scenario) => {
    const r = checkReplay(raw, scenario);
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
  view,
  previewView,
  replayRoundView,
  compareGames,
});
