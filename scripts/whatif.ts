// `npm run whatif`: plays every what-if kept as a file in whatifs/ beside the historical line on the
// same seeds (200 by default) and prints, for each, the share of seeds on which each record act it
// expects went otherwise and each checkpoint it expects flipped, with why (docs/HINDCAST.md,
// "What-ifs"). --json prints the same as JSON. Bad input exits 2 with one line on stderr.
import { parseArgs } from 'node:util';
import { loadScenario } from '../src/data/load';
import { buildRules } from '../src/state/rules/rules';
import { firstSeeds, WHATIF_AIM, whatIfShares, type BaselineCache } from '../src/state/bots/whatif';
import { MovesFileError, readWhatIfs, WHATIF_DIR } from './whatif/files';
import { expectationLines, pct, skippedLines } from './whatif/report';

const USAGE = `Usage: npm run whatif -- [options]
  --seeds N     seeds 0 to N-1 for each what-if (default 200)
  --dir DIR     the folder of what-if files (default whatifs/)
  --only NAME   play only the what-if in NAME.json (repeatable)
  --json        print one JSON object instead of the table
  --help        this text`;

class UsageError extends Error {}

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        seeds: { type: 'string' },
        dir: { type: 'string' },
        only: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const seeds = values.seeds === undefined ? 200 : Number(values.seeds);
  if (!/^\d+$/.test(values.seeds ?? '200') || seeds < 1 || seeds > 100_000)
    throw new UsageError(`--seeds must be a whole number from 1 to 100000, got "${values.seeds}"`);
  const scenario = loadScenario();
  const rules = buildRules(scenario);
  let files = readWhatIfs(rules, values.dir ?? WHATIF_DIR);
  if (values.only) {
    const unknown = values.only.filter((n) => !files.some((f) => f.file === `${n}.json`));
    if (unknown.length) throw new UsageError(`--only: no what-if file ${unknown.map((n) => `${n}.json`).join(', ')}`);
    files = files.filter((f) => values.only!.includes(f.file.replace(/\.json$/, '')));
  }
  if (files.length === 0) throw new UsageError('no what-if files to play');
  const cache: BaselineCache = new Map();
  const list = firstSeeds(seeds);
  const results = files.map((f) => {
    process.stderr.write(`whatif: ${f.file} (${f.line.role}, ${seeds} seeds)\n`);
    return { file: f.file, ...whatIfShares(rules, f.line, list, cache) };
  });
  if (values.json) {
    console.log(JSON.stringify({ scenario: `${scenario.id}@${scenario.version}`, seeds, aim: WHATIF_AIM, results }));
    return 0;
  }
  console.log(
    `What-ifs of ${scenario.id}@${scenario.version}: ${seeds} seeds each (0–${seeds - 1}), each beside the historical line on the same seed`,
  );
  console.log(
    'An act went otherwise: as recorded on the historical line, otherwise or not at all under the what-if.\n' +
      'A checkpoint flipped: it holds on the historical line and fails under the what-if.',
  );
  for (const r of results) {
    console.log(`\n${r.name} · ${r.role} · ${r.difficulty} · ${r.file}`);
    if (r.description) console.log(`  ${r.description}`);
    for (const l of [...expectationLines(scenario, r), ...skippedLines(rules, r)]) console.log(l);
    console.log(
      `  ends: ${Object.entries(r.outcomes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
  console.log('\n| what-if | role | expected | share of seeds |\n|---|---|---|---:|');
  for (const r of results) {
    for (const a of r.acts) console.log(`| ${r.name} | ${r.role} | \`${a.id}\` goes otherwise | ${pct(a.share)} |`);
    for (const f of r.flips) console.log(`| ${r.name} | ${r.role} | \`${f.id}\` flips | ${pct(f.share)} |`);
  }
  const met = results.filter((r) => r.lowest >= WHATIF_AIM).length;
  console.log(
    `\n${met} of ${results.length} what-ifs meet the aim (every expected act and flip on ${100 * WHATIF_AIM}% of seeds or more)`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError || e instanceof MovesFileError) {
    process.stderr.write(`whatif: ${e.message}${e instanceof UsageError ? ' (see --help)' : ''}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`whatif: internal error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
