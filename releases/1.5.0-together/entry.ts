// Scenario 1.5.0 as released by 6a2df40, with its games played together: releases/1.5.0 was frozen
// without what reads them; ./src keeps the files of 6a2df40 that folder lacks (and what they import), byte for byte.
// Everything else is the release folder's own. The loader reads games played together of 1.5.0 here.
// Written by scripts/release-freeze.mjs; the files under ./src are frozen (MANIFEST.json).
import { createActor } from 'xstate';
import { adapt } from '../../src/release/adapter';
import { loadScenario } from '../1.5.0/src/data/load';
import type { Scenario } from '../1.5.0/src/data/schema';
import { checkReplay } from '../1.5.0/src/state/replays/replay';
import { actionsBeforeRound, makeReplay, roundWorlds } from '../1.5.0/src/state/replays/replayFormat';
import type { PlayerAction } from '../1.5.0/src/state/rules/actionSchema';
import type { Difficulty } from '../1.5.0/src/state/rules/difficulty';
import { finalHash } from '../1.5.0/src/state/rules/game';
import { gameMachine } from '../1.5.0/src/state/rules/machine';
import { buildRules } from '../1.5.0/src/state/rules/rules';
import { initWorld } from '../1.5.0/src/state/rules/step';
import { foldTogether } from '../1.5.0/src/state/rules/together';
import { compareGames } from '../1.5.0/src/state/view/compare';
import { describeAction } from '../1.5.0/src/state/view/explain';
import { view } from '../1.5.0/src/state/view/index';
import { previewView, replayRoundView } from '../1.5.0/src/state/view/renderModel';
import { togetherDebrief } from '../1.5.0/src/state/view/together';
import { checkTogether } from './src/state/replays/together';

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
  frozen: '6a2df4037169729cdd6b731c12a53bb8ab755a63',
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
  together: { checkTogether, foldTogether, togetherDebrief, describeAction },
});
