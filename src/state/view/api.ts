// The rules core's public face for the DOM panels (src/ui): what they may name besides the render
// model (view.ts). Lint keeps src/ui from reaching past these two modules into the model.
export type { PlayerAction } from '../rules/actions';
export { DIFFICULTIES, DIFFICULTY_IDS, type Difficulty } from '../rules/difficulty';
export { comparisonTable } from './comparisonTable';
export type { Comparison, GroupGame } from './compare';
export type { TypicalPath } from './paths';
export { meterThresholds, type MeterThreshold } from './renderModel';
export { percent } from './percent';
