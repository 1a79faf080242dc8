// Scenario 1.3.0 as released by 047ea66: its own rules and data, handed to the one adapter.
// Written by scripts/release-freeze.mjs; the files under ./src are frozen (MANIFEST.json).
import { createActor } from 'xstate';
import { adapt } from '../../src/release/adapter';
import { loadScenario } from './src/data/load';
import type { Scenario } from './src/data/schema';
import type { PlayerAction } from './src/state/actions';
import { compareGames } from './src/state/compare';
import type { Difficulty } from './src/state/difficulty';
import { finalHash } from './src/state/game';
import { gameMachine } from './src/state/machine';
import { previewView, replayRoundView } from './src/state/renderModel';
import { checkReplay } from './src/state/replay';
import { actionsBeforeRound, makeReplay, roundWorlds } from './src/state/replayFormat';
import { buildRules } from './src/state/rules';
import { initWorld } from './src/state/step';
import { view } from './src/state/view';

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
  frozen: '047ea666ace5ea8077adf8ae60750bd0c9cbbd61',
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
