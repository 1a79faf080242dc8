// `npm run hindcast`: plays the historical line for every role over many seeds and prints, per
// checkpoint of the record, the share of seeds on which the game's world matches it, with the
// checkpoint's sources. HINDCAST_SEEDS sets the number of seeds (500 by default); --json prints JSON.
import { loadScenario } from '../src/data/load';
import { hindcastRole, type CheckpointResult } from '../src/state/rules/hindcast';
import { runPolicy } from '../src/state/bots/policies';
import { buildRules } from '../src/state/rules/rules';

/** The aim: every checkpoint holds on at least this share of seeds, for every role. */
export const AIM = 0.95;

const seeds = Number(process.env.HINDCAST_SEEDS ?? 500);
if (!Number.isInteger(seeds) || seeds < 1) {
  process.stderr.write(
    `hindcast: HINDCAST_SEEDS must be a whole number above 0, got "${process.env.HINDCAST_SEEDS}"\n`,
  );
  process.exit(2);
}
const json = process.argv.includes('--json');
const scenario = loadScenario();
const rules = buildRules(scenario);
const results: CheckpointResult[] = [];
for (const role of scenario.roles.map((r) => r.actor)) {
  results.push(
    ...hindcastRole(rules, role, seeds, (seed, onRound) => {
      runPolicy(scenario, seed, role, 'historical', 'normal', onRound);
    }),
  );
}
const src = new Map(scenario.externalSources.map((s) => [s.id, s]));
if (json) console.log(JSON.stringify({ scenario: `${scenario.id}@${scenario.version}`, seeds, aim: AIM, results }));
else {
  console.log(`Hindcast of ${scenario.id}@${scenario.version}: historical line, ${seeds} seeds per role, normal level`);
  let cur = '';
  for (const r of results) {
    if (r.role !== cur) console.log(`\n${(cur = r.role)}`);
    const mark = r.share >= AIM ? ' ' : '!';
    console.log(`${mark} ${(100 * r.share).toFixed(1).padStart(5)}%  ${r.date}  ${r.id.padEnd(24)} ${r.title}`);
    console.log(`          sources: ${r.sources.map((s) => `${src.get(s)?.publisher ?? s} (${s})`).join('; ')}`);
    for (const m of r.misses) console.log(`          missed on ${m.seeds}: ${m.reason}`);
  }
  const below = results.filter((r) => r.share < AIM);
  console.log(
    below.length
      ? `\n${below.length} of ${results.length} checkpoint results below the aim of ${100 * AIM}%`
      : `\nEvery checkpoint meets the aim of ${100 * AIM}% for every role`,
  );
}
