import type { Scenario } from './schema';
import { rawScenario } from './scenario';

/**
 * The built-in scenario. It is typed as the schema's output where it is written and validated by
 * tests/scenario.test.ts, which also checks that the validator returns it unchanged (no defaults
 * filled in, nothing dropped): checking it again on every page load would only cost the page
 * the validator (zod) and its time before the title page. Scenarios from elsewhere go through
 * parseScenario (./schema).
 */
export function loadScenario(): Scenario {
  return rawScenario;
}
