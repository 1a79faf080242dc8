// The rules this build plays new games with, behind the same face as the frozen releases.
import { loadScenario } from '../data/load';
import { compareGames } from '../state/compare';
import { createGame, finalHash, play, worldOf } from '../state/game';
import { actionsBeforeRound, checkReplay, makeReplay, roundWorlds } from '../state/replay';
import { buildRules } from '../state/rules';
import { replayRoundView, view } from '../state/view';
import { adapt } from './adapter';

export const current = adapt({
  frozen: null,
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
});
