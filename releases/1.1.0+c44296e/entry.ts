// Scenario 1.1.0 as main's commit c44296e played it: a variant of release 1.1.0 (releases/README.md).
// Its own rules and data, drawn through its release's view (releases/1.1.0), handed to the one adapter.
// Written by scripts/release-freeze.mjs; the files under ./src are frozen (MANIFEST.json).
import { adapt, type Core } from '../../src/release/adapter';
import { compareGames } from '../1.1.0/src/state/compare';
import { buildRules as viewRules } from '../1.1.0/src/state/rules';
import { replayRoundView, view } from '../1.1.0/src/state/view';
import { loadScenario } from './src/data/load';
import { createGame, finalHash, play, worldOf } from './src/state/game';
import { GRAND, PARALLEL } from './src/state/model/outcome';
import { actionsBeforeRound, checkReplay, makeReplay, roundWorlds } from './src/state/replay';

type Face = Core<
  ReturnType<typeof loadScenario>,
  ReturnType<typeof viewRules>,
  ReturnType<typeof worldOf>,
  ReturnType<typeof createGame>
>;

export default adapt<
  ReturnType<typeof loadScenario>,
  ReturnType<typeof viewRules>,
  ReturnType<typeof worldOf>,
  ReturnType<typeof createGame>
>({
  frozen: 'c44296e20116b29030515c19e0bd76c6fba8d9b7',
  loadScenario,
  buildRules: viewRules as unknown as Face['buildRules'],
  checkReplay: checkReplay as unknown as Face['checkReplay'],
  makeReplay: makeReplay as unknown as Face['makeReplay'],
  roundWorlds: roundWorlds as unknown as Face['roundWorlds'],
  actionsBeforeRound: actionsBeforeRound as unknown as Face['actionsBeforeRound'],
  createGame,
  play,
  worldOf,
  finalHash,
  view: view as unknown as Face['view'],
  replayRoundView: replayRoundView as unknown as Face['replayRoundView'],
  compareGames: compareGames as unknown as Face['compareGames'],
  // Its endings' bars, constants of its model: later scenarios name them.
  outcomes: { grand: GRAND, parallel: PARALLEL },
});
