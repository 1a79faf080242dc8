// Scenario 1.3.0 as main's commit 4993eb4 played it: a variant of release 1.3.0 (releases/README.md).
// Its own rules and data, drawn through its release's view (releases/1.3.0), handed to the one adapter.
// Written by scripts/release-freeze.mjs; the files under ./src are frozen (MANIFEST.json).
import { createActor } from 'xstate';
import { adapt, type Core } from '../../src/release/adapter';
import { compareGames } from '../1.3.0/src/state/compare';
import { previewView, replayRoundView } from '../1.3.0/src/state/renderModel';
import { buildRules as viewRules } from '../1.3.0/src/state/rules';
import { view } from '../1.3.0/src/state/view';
import { loadScenario } from './src/data/load';
import type { Scenario } from './src/data/schema';
import type { PlayerAction } from './src/state/actions';
import type { Difficulty } from './src/state/difficulty';
import { finalHash } from './src/state/game';
import { gameMachine } from './src/state/machine';
import { actionsBeforeRound, checkReplay, makeReplay, roundWorlds } from './src/state/replay';
import { buildRules } from './src/state/rules';
import { initWorld } from './src/state/step';

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
  frozen: '4993eb430eb79362c80affb5ec32ae71d2a36b43',
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
  previewView: previewView as unknown as Face['previewView'],
});
