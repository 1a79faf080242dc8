// `npm run fuzz`: throws generated bad replays and links at the importer and counts crashes
// (exceptions) and unexpected acceptances. Exits 1 if there is any crash.
import fc from 'fast-check';
import { loadScenario } from '../src/data/load';
import { replayFromFragment } from '../src/state/link';
import { loadReplay } from '../src/state/replay';
import { badInputs } from './fuzz-cases';

const runs = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? 2015);
const scenario = loadScenario();
let crashes = 0;
let accepted = 0;
const reasons = new Map<string, number>();
const t0 = performance.now();
fc.assert(
  fc.property(badInputs(scenario), (c) => {
    try {
      const r = c.kind === 'file' ? loadReplay(c.text, scenario) : replayFromFragment(c.fragment, scenario);
      if (r.ok) accepted += 1;
      else {
        const key = r.error.replace(/\d+|"[^"]*"|\S+\.\.\.|[0-9a-f]{12}…/g, '#').slice(0, 60);
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
    } catch (e) {
      crashes += 1;
      console.error(`crash on ${c.kind}: ${(e as Error).message}`);
    }
  }),
  { numRuns: runs, seed },
);
console.log(
  `${runs} bad inputs in ${((performance.now() - t0) / 1000).toFixed(1)} s (seed ${seed}): ${crashes} crashes, ${accepted} accepted as valid (mutations that happen to leave a valid game), ${runs - crashes - accepted} refused with a message`,
);
console.log('Most common messages:');
for (const [k, v] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12))
  console.log(`  ${String(v).padStart(6)}  ${k}`);
process.exitCode = crashes ? 1 : 0;
