// The rules core in one hop. A game is a world and the moves played on it; `applyAction` is the
// only place a move changes the world (./rules/reducer.ts). The folders:
//   rules/    the reducer, its steps, the world, the scenario's rules, the model (utility, answers,
//             the actors' own moves, events, the meter), seeded randomness, hashes, the game machine
//   view/     the render model and its texts (what the panels and the scenes are given)
//   replays/  the replay file and link formats, and their checks
//   bots/     the policies and the lines of moves that play a seat (the CLI, the bench, balance),
//             and the hindcast's lines and the what-ifs that read them against the record
// Nothing inside src/state imports this file: it is the door for everyone else.
export { applyAction, type Applied } from './rules/reducer';
export { initWorld } from './rules/step';
export { buildRules, type Rules } from './rules/rules';
export type { World, ActorId, IssueId, OutcomeId } from './rules/world';
export type { PlayerAction, ActionType } from './rules/actions';
export { finalHash, playAll, type PlayedGame } from './rules/game';
