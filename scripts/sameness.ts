// `npm run sameness -- --save FILE` before a change that must not move any result, then
// `npm run sameness -- --check FILE` after it: plays a wide set of policy games (every role ×
// level × policy × seed) and the balance lookahead on sampled situations, and records for each
// the replay hash and a hash of the whole final world (every round's records, answers and
// evaluations, which the replay hash leaves out). --check names every game that differs and
// exits 1. The golden replays pin released builds; this pins everything else a refactor touches.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadScenario } from '../src/data/load';
import { DIFFICULTY_IDS } from '../src/state/rules/difficulty';
import { hashOf } from '../src/state/rules/hash';
import { POLICIES, runPolicy } from '../src/state/bots/policies';
import { buildRules } from '../src/state/rules/rules';
import type { World } from '../src/state/rules/world';
import { bestMove } from './balance/lookahead';

const { values } = parseArgs({
  options: {
    save: { type: 'string' },
    check: { type: 'string' },
    seeds: { type: 'string', default: '24' },
    situations: { type: 'string', default: '60' },
  },
});
if (!values.save === !values.check) {
  process.stderr.write('usage: npm run sameness -- (--save FILE | --check FILE) [--seeds N] [--situations N]\n');
  process.exit(2);
}

const scenario = loadScenario();
const rules = buildRules(scenario);
const seeds = Number(values.seeds);
const results: Record<string, string> = {};
const t0 = performance.now();
for (const role of scenario.roles.map((r) => r.actor))
  for (const difficulty of DIFFICULTY_IDS)
    for (const policy of POLICIES)
      for (let s = 0; s < seeds; s++) {
        // Spread the seeds: small ones and large ones exercise different draws.
        const seed = s * 7919 + (s % 3) * 1_000_003;
        const g = runPolicy(scenario, seed, role, policy, difficulty);
        results[`${role}/${difficulty}/${policy}/${seed}`] = `${g.hash} ${hashOf(g.world).slice(0, 16)}`;
      }
// The lookahead tries moves with forced answers and the noise off: the paths policies never take.
for (const role of scenario.roles.map((r) => r.actor)) {
  let n = 0;
  for (let s = 0; n < Number(values.situations); s++) {
    const starts: World[] = [];
    runPolicy(scenario, 50_000 + s, role, 'random', 'normal', (w) => !w.outcome && starts.push(w));
    for (const w of starts.slice(0, 4))
      results[`lookahead/${role}/${s}/${w.round}`] = JSON.stringify(bestMove(rules, w));
    n += Math.min(4, starts.length);
  }
}
const total = Object.keys(results).length;
const digest = hashOf(results);
console.log(`${total} results, digest ${digest} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

if (values.save) {
  writeFileSync(values.save, `${JSON.stringify({ scenario: scenario.version, digest, results }, null, 1)}\n`);
  console.log(`saved to ${values.save}`);
} else {
  const before = JSON.parse(readFileSync(values.check!, 'utf8')) as { digest: string; results: Record<string, string> };
  const keys = new Set([...Object.keys(before.results), ...Object.keys(results)]);
  const differ = [...keys].filter((k) => before.results[k] !== results[k]);
  for (const k of differ.slice(0, 20))
    console.log(`differs: ${k}\n  before ${before.results[k] ?? '(none)'}\n  after  ${results[k] ?? '(none)'}`);
  if (differ.length) {
    console.log(`${differ.length} of ${keys.size} results differ`);
    process.exit(1);
  }
  console.log(`all ${total} results identical to ${values.check}`);
}
