// `npm run hindcast`'s work (scripts/hindcast.ts runs it; tests call it in their own process).
import { parseArgs } from 'node:util';
import { loadScenario } from '../../src/data/load';
import type { Scenario } from '../../src/data/schema';
import {
  FIXED_AT,
  hindcastAim,
  hindcastLines,
  movesLine,
  POLICY_LINES,
  policyLine,
  type CheckpointLines,
  type HindcastLine,
} from '../../src/state/bots/hindcastLines';
import { buildRules } from '../../src/state/rules/rules';
import { MovesFileError, readWhatIfs, WHATIF_DIR } from '../whatif/files';

/** The aim: every informative checkpoint holds on at least this share of seeds, for every role. */
export const AIM = 0.95;

/** Bad input: one line on stderr, exit code 2. */
class InputError extends Error {}
function fail(msg: string): never {
  throw new InputError(msg);
}

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * `npm run hindcast` with `argv` (no node, no script) and `env` (HINDCAST_SEEDS): its exit code;
 * output on `io`.
 */
export function main(argv: readonly string[], env: Record<string, string | undefined>, io: Io): number {
  try {
    run(
      argv,
      env,
      (line) => void io.stdout.write(`${line}\n`),
      (text) => void io.stderr.write(text),
    );
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr.write(`hindcast: ${e.message}\n`);
    return 2;
  }
}

function run(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  out: (line: string) => void,
  err: (text: string) => void,
): void {
  const { seeds, json, whatifsDir } = options(argv, env);
  const scenario = loadScenario();
  const rules = buildRules(scenario);
  let whatifs;
  try {
    whatifs = readWhatIfs(rules, whatifsDir);
  } catch (e) {
    if (e instanceof MovesFileError) fail(e.message);
    throw e;
  }
  const roles = scenario.roles.map((r) => r.actor);
  const linesOf: Record<string, HindcastLine[]> = {};
  const results: CheckpointLines[] = [];
  for (const role of roles) {
    const lines = [
      ...POLICY_LINES.map((p) => policyLine(rules, role, p)),
      ...whatifs
        .filter((w) => w.line.role === role)
        .map((w) => movesLine(rules, w.file.replace(/\.json$/, ''), w.line)),
    ];
    linesOf[role] = lines;
    err(`hindcast: ${role}, ${lines.length} lines × ${seeds} seeds\n`);
    results.push(...hindcastLines(rules, role, seeds, lines));
  }
  (json ? printJson : printText)({ scenario, seeds, roles, linesOf, results }, out);
}

/** The seeds (HINDCAST_SEEDS), --json and --whatifs DIR; a clear refusal of anything else. */
function options(argv: readonly string[], env: Record<string, string | undefined>) {
  const seeds = Number(env.HINDCAST_SEEDS ?? 500);
  if (!Number.isInteger(seeds) || seeds < 1)
    fail(`HINDCAST_SEEDS must be a whole number above 0, got "${env.HINDCAST_SEEDS}"`);
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, whatifs: { type: 'string' } },
      strict: true,
    }));
  } catch (e) {
    fail((e as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
  }
  return { seeds, json: values.json ?? false, whatifsDir: values.whatifs ?? WHATIF_DIR };
}

/** What a hindcast found: every role's lines and every checkpoint's shares under them. */
interface Found {
  scenario: Scenario;
  seeds: number;
  roles: string[];
  linesOf: Record<string, HindcastLine[]>;
  results: CheckpointLines[];
}

/** The hindcast as one JSON object (docs/HINDCAST.md's tables are made from it). */
function printJson({ scenario, seeds, roles, linesOf, results }: Found, out: (line: string) => void): void {
  const { fixed, below } = hindcastAim(results, AIM);
  out(
    JSON.stringify({
      scenario: `${scenario.id}@${scenario.version}`,
      seeds,
      aim: AIM,
      fixedAt: FIXED_AT,
      lines: Object.fromEntries(roles.map((r) => [r, linesOf[r]!.map(({ id, label }) => ({ id, label }))])),
      results,
      fixed: fixed.map((r) => ({ role: r.role, id: r.id, reason: r.fixedReason })),
      below: below.map((r) => ({ role: r.role, id: r.id, share: r.share })),
    }),
  );
}

/** The hindcast for a reader: per role, each checkpoint's shares, its sources and its misses. */
function printText({ scenario, seeds, roles, linesOf, results }: Found, out: (line: string) => void): void {
  const { fixed, informative, below } = hindcastAim(results, AIM);
  const src = new Map(scenario.externalSources.map((s) => [s.id, s]));
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const SHORT: Record<string, string> = { historical: 'hist', passive: 'pass', random: 'rand', strategist: 'strat' };
  out(
    `Hindcast of ${scenario.id}@${scenario.version}: ${seeds} seeds per role and line, normal level.\n` +
      `Each checkpoint's share of seeds on the historical line (what the role's capital did), then under the\n` +
      `passive, random and strategist lines and the role's what-ifs. A checkpoint that holds on ${100 * FIXED_AT}% or more\n` +
      `under every line is a fixed fact: no play moved it, so it does not count toward the aim.`,
  );
  for (const role of roles) {
    const lines = linesOf[role]!;
    const heads = lines.map((l, k) => SHORT[l.id] ?? `W${k - POLICY_LINES.length + 1}`);
    out(`\n${role}`);
    for (const [k, l] of lines.entries())
      if (!SHORT[l.id]) out(`  ${heads[k]} = what-if "${l.label}" (${l.id.replace(/^whatif:/, '')}.json)`);
    const row = (r: CheckpointLines, mark: string) =>
      `${mark} ${r.lines.map((s) => pct(s.share)).join(' ')}  ${r.date}  ${r.id.padEnd(24)} ${r.title}`;
    out(`  ${heads.map((h) => h.padStart(6)).join(' ')}`);
    const mine = results.filter((r) => r.role === role);
    for (const r of mine.filter((x) => !x.fixed)) {
      out(row(r, r.share >= AIM ? ' ' : '!'));
      out(`          sources: ${r.sources.map((s) => `${src.get(s)?.publisher ?? s} (${s})`).join('; ')}`);
      for (const m of r.misses) out(`          missed on ${m.seeds}: ${m.reason}`);
      if (r.markedFixedButMoved) out('          marked fixed in the data, but a line moved it');
    }
    const facts = mine.filter((x) => x.fixed);
    if (facts.length) {
      out(`  fixed facts (${facts.length}): hold on ${100 * FIXED_AT}% or more under every line`);
      for (const r of facts) {
        out(row(r, '='));
        out(`          fixed: ${r.fixedReason}`);
      }
    }
  }
  out(
    `\n${fixed.length} of ${results.length} checkpoint results are fixed facts (no play moved them): ` +
      (fixed.length ? fixed.map((r) => `${r.role} ${r.id}`).join(', ') : 'none'),
  );
  out(
    below.length
      ? `${below.length} of ${informative.length} informative checkpoint results below the aim of ${100 * AIM}% on the historical line: ${below.map((r) => `${r.role} ${r.id}`).join(', ')}`
      : `Every informative checkpoint (${informative.length} of ${results.length}) meets the aim of ${100 * AIM}% on the historical line, for every role`,
  );
}
