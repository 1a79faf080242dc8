// Scenario 1.0.0 as released by 01d7ce0: its own rules and data, handed to the one adapter.
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
  frozen: '01d7ce093fc95d3dbbb06cef63807372cdb72f2f',
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
