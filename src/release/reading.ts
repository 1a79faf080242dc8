// The current release's code for reading games rather than playing them, loaded on first use
// (./current.ts, loadReading): checking a replay (with the validator, zod), a game's row in the
// class comparison, and the debrief's reading against the record (the historical line replayed
// beside the game). The page's first load does without all three.
export { compareGames } from '../state/view/compare';
export { checkReplay } from '../state/replays/replay';
export { divergenceView } from '../state/view';
// Games played together: their replay check, the fold of their log, every role's checklist and moves.
export { checkTogether } from '../state/replays/together';
export { foldTogether } from '../state/rules/together';
export { roundMoves, togetherDebrief } from '../state/view/together';
