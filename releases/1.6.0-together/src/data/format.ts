/** The scenario file format this build reads (src/data/schema.ts checks it). */
export const SCENARIO_FORMAT = 1;
