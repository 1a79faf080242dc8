import { loadScenario } from '../src/data/load';
import { buildRules } from '../src/state/rules/rules';
import { initWorld } from '../src/state/rules/step';

export const scenario = loadScenario();
export const rules = buildRules(scenario);
export const freshWorld = (seed = 1) => initWorld(rules, seed, 'FRA');
/** A deep copy of the raw scenario for tests that break it on purpose. */
export const rawCopy = () =>
  structuredClone(scenario) as unknown as Record<string, unknown> & { actors: Record<string, unknown>[] };
