// Scenario 1.2.0 as released by e8b19cb: its own rules and data, handed to the one adapter.
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
import { actionsBeforeRound, checkReplay, makeReplay, roundWorlds } from './src/state/replay';
import { buildRules } from './src/state/rules';
import { initWorld } from './src/state/step';
import { previewView, replayRoundView, view } from './src/state/view';

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
  frozen: 'e8b19cb25dd11d0a9b08fa41a3b44b276875a72f',
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
