// Scenario 1.6.0 as released by 57cbfa4: its own rules and data, handed to the one adapter.
// Written by scripts/release-freeze.mjs; the files under ./src are frozen (MANIFEST.json).
import { createActor } from 'xstate';
import { adapt } from '../../src/release/adapter';
import { loadScenario } from './src/data/load';
import type { Scenario } from './src/data/schema';
import { checkReplay } from './src/state/replays/replay';
import { actionsBeforeRound, makeReplay, roundWorlds } from './src/state/replays/replayFormat';
import type { PlayerAction } from './src/state/rules/actionSchema';
import type { Difficulty } from './src/state/rules/difficulty';
import { finalHash } from './src/state/rules/game';
import { gameMachine } from './src/state/rules/machine';
import { buildRules } from './src/state/rules/rules';
import { initWorld } from './src/state/rules/step';
import { compareGames } from './src/state/view/compare';
import { view } from './src/state/view/index';
import { previewView, replayRoundView } from './src/state/view/renderModel';

const createGame = (input: { scenario: Scenario; seed: number; role: string; difficulty: Difficulty }) => {
  const rules = buildRules(input.scenario);
  const world = initWorld(rules, input.seed, input.role, input.difficulty);
  return createActor(gameMachine, { input: { rules, world } }).start();
};
type Game = ReturnType<typeof createGame>;
const play = (game: Game, action: PlayerAction) => {
  if (game.getSnapshot().status === 'done') return 'the game is over';
  game.send({ type: 'move', action });
  return game.getSnapshot().context.refusal;
};
const worldOf = (game: Game) => game.getSnapshot().context.world;

export default adapt({
  frozen: '57cbfa47e05b9a2f72180d7c75f581b6767a2957',
  loadScenario,
  buildRules,
  checkReplay,
  makeReplay,
  roundWorlds,
  actionsBeforeRound,
  createGame,
  play,
  worldOf,
  finalHash,
  view,
  replayRoundView,
  compareGames,
  previewView,
});
