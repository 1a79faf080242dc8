// Scenario 1.1.0 as released by 9b01e30: its own rules and data, handed to the one adapter.
// Written by scripts/release-freeze.mjs; the files under ./src are frozen (MANIFEST.json).
import { adapt } from '../../src/release/adapter';
import { loadScenario } from './src/data/load';
import { compareGames } from './src/state/compare';
import { createGame, finalHash, play, worldOf } from './src/state/game';
import { GRAND, PARALLEL } from './src/state/model/outcome';
import { actionsBeforeRound, checkReplay, makeReplay, roundWorlds } from './src/state/replay';
import { buildRules } from './src/state/rules';
import { replayRoundView, view } from './src/state/view';

export default adapt({
  frozen: '9b01e305bc13cc31ff4791e79f843f993968c21e',
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
  // Its endings' bars, constants of its model: later scenarios name them.
  outcomes: { grand: GRAND, parallel: PARALLEL },
});
