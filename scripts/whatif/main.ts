// `npm run whatif`'s work (scripts/whatif.ts runs it; tests call it in their own process).
import { parseArgs } from 'node:util';
import { loadScenario } from '../../src/data/load';
import { buildRules } from '../../src/state/rules/rules';
import { firstSeeds, WHATIF_AIM, whatIfShares, type BaselineCache } from '../../src/state/bots/whatif';
import { MovesFileError, readWhatIfs, WHATIF_DIR } from './files';
import { expectationLines, pct, skippedLines } from './report';

const USAGE = `Usage: npm run whatif -- [options]
  --seeds N     seeds 0 to N-1 for each what-if (default 200)
  --dir DIR     the folder of what-if files (default whatifs/)
  --only NAME   play only the what-if in NAME.json (repeatable)
  --json        print one JSON object instead of the table
  --help        this text`;

class UsageError extends Error {}

function run(argv: readonly string[], out: (line: string) => void, err: (text: string) => void): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
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
    out(USAGE);
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
    err(`whatif: ${f.file} (${f.line.role}, ${seeds} seeds)\n`);
    return { file: f.file, ...whatIfShares(rules, f.line, list, cache) };
  });
  if (values.json) {
    out(JSON.stringify({ scenario: `${scenario.id}@${scenario.version}`, seeds, aim: WHATIF_AIM, results }));
    return 0;
  }
  out(
    `What-ifs of ${scenario.id}@${scenario.version}: ${seeds} seeds each (0–${seeds - 1}), each beside the historical line on the same seed`,
  );
  out(
    'An act went otherwise: as recorded on the historical line, otherwise or not at all under the what-if.\n' +
      'A checkpoint flipped: it holds on the historical line and fails under the what-if.',
  );
  for (const r of results) {
    out(`\n${r.name} · ${r.role} · ${r.difficulty} · ${r.file}`);
    if (r.description) out(`  ${r.description}`);
    for (const l of [...expectationLines(scenario, r), ...skippedLines(rules, r)]) out(l);
    out(
      `  ends: ${Object.entries(r.outcomes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
  out('\n| what-if | role | expected | share of seeds |\n|---|---|---|---:|');
  for (const r of results) {
    for (const a of r.acts) out(`| ${r.name} | ${r.role} | \`${a.id}\` goes otherwise | ${pct(a.share)} |`);
    for (const f of r.flips) out(`| ${r.name} | ${r.role} | \`${f.id}\` flips | ${pct(f.share)} |`);
  }
  const met = results.filter((r) => r.lowest >= WHATIF_AIM).length;
  out(
    `\n${met} of ${results.length} what-ifs meet the aim (every expected act and flip on ${100 * WHATIF_AIM}% of seeds or more)`,
  );
  return 0;
}

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** `npm run whatif` with `argv` (no node, no script): its exit code; output on `io`. */
export function main(argv: readonly string[], io: Io): number {
  const err = (text: string) => void io.stderr.write(text);
  try {
    return run(argv, (line) => void io.stdout.write(`${line}\n`), err);
  } catch (e) {
    if (e instanceof UsageError || e instanceof MovesFileError) {
      err(`whatif: ${e.message}${e instanceof UsageError ? ' (see --help)' : ''}\n`);
      return 2;
    }
    err(`whatif: internal error: ${(e as Error).message}\n`);
    return 1;
  }
}
