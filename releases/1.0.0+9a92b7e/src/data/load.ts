import { parseScenario, type Scenario } from './schema';
import { rawScenario } from './scenario';

let cached: Scenario | undefined;

/** The built-in scenario, validated once. A broken data file fails here with the bad field's path. */
export function loadScenario(): Scenario {
  if (cached) return cached;
  const r = parseScenario(rawScenario);
  if (!r.ok) throw new Error(r.error);
  cached = r.scenario;
  return cached;
}
