// `npm run sim`: play Grand Coalition headless. Bad input exits 2 with one line on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { loadScenario } from '../src/data/load';
import { runPolicy } from '../src/state/policies';
import { loadReplay, makeReplay } from '../src/state/replay';
import { buildRules } from '../src/state/rules';
import type { OutcomeId } from '../src/state/world';
import { parseSimArgs, USAGE, UsageError } from './cli/args';
import { calendarRows, formatGame } from './cli/format';

class InputError extends Error {}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `no such file: ${path}`
        : code === 'EISDIR'
          ? `${path} is a folder, not a file`
          : `cannot read ${path} (${code ?? 'error'})`,
    );
  }
}

function main(argv: string[]): number {
  const opts = parseSimArgs(argv);
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const scenario = loadScenario();
  const rules = buildRules(scenario);
  if (!scenario.roles.some((r) => r.actor === opts.role)) {
    throw new UsageError(`--role must be one of ${scenario.roles.map((r) => r.actor).join(', ')}, got "${opts.role}"`);
  }

  if (opts.calendar) {
    const rows = calendarRows(scenario);
    if (opts.json) console.log(JSON.stringify(rows));
    else
      for (const r of rows) console.log(`${r.date.padEnd(10)}  ${r.kind.padEnd(10)}  ${r.id.padEnd(24)}  ${r.title}`);
    return 0;
  }

  if (opts.replay) {
    const res = loadReplay(readText(opts.replay), scenario);
    if (!res.ok) throw new InputError(`${opts.replay}: ${res.error}`);
    const w = res.game.world;
    if (opts.json)
      console.log(
        JSON.stringify({
          scenario: `${scenario.id}@${scenario.version}`,
          seed: w.seed,
          role: w.role,
          policy: 'replay',
          outcome: w.outcome,
          meter: w.meter.value,
          rounds: w.rounds.length,
          hash: res.game.hash,
          verified: true,
        }),
      );
    else console.log(`${formatGame(rules, w)}\nReplay verified: hash ${res.game.hash}`);
    return 0;
  }

  if (opts.games !== null) {
    const outcomes: Record<OutcomeId, number> = { grand_coalition: 0, parallel_campaigns: 0, fracture: 0 };
    const bar = new SingleBar(
      {
        format: 'playing {bar} {value}/{total} games',
        stream: process.stderr,
        noTTYOutput: true,
        notTTYSchedule: 1000,
        hideCursor: true,
      },
      undefined,
    );
    bar.start(opts.games, 0);
    for (let i = 0; i < opts.games; i++) {
      const g = runPolicy(scenario, opts.seed + i, opts.role, opts.policy, opts.difficulty);
      outcomes[g.world.outcome!] += 1;
      if (i % 10 === 9 || i === opts.games - 1) bar.update(i + 1);
    }
    bar.stop();
    if (opts.json)
      console.log(
        JSON.stringify({
          games: opts.games,
          policy: opts.policy,
          role: opts.role,
          difficulty: opts.difficulty,
          seed: opts.seed,
          outcomes,
        }),
      );
    else {
      console.log(
        `${opts.games} games, policy ${opts.policy}, role ${opts.role}, seeds ${opts.seed}–${opts.seed + opts.games - 1}`,
      );
      for (const [k, v] of Object.entries(outcomes))
        console.log(`  ${k.padEnd(20)} ${String(v).padStart(6)}  ${((100 * v) / opts.games).toFixed(1)}%`);
    }
    return 0;
  }

  const g = runPolicy(scenario, opts.seed, opts.role, opts.policy, opts.difficulty);
  if (opts.out) {
    try {
      writeFileSync(opts.out, `${JSON.stringify(makeReplay(scenario, g), null, 1)}\n`);
    } catch (e) {
      throw new InputError(`cannot write ${opts.out} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const w = g.world;
  if (opts.json) {
    console.log(
      JSON.stringify({
        scenario: `${scenario.id}@${scenario.version}`,
        seed: w.seed,
        role: w.role,
        policy: opts.policy,
        outcome: w.outcome,
        meter: w.meter.value,
        rounds: w.rounds.length,
        hash: g.hash,
      }),
    );
  } else {
    console.log(
      `Grand Coalition · seed ${w.seed} · ${rules.actor[w.role]!.name} · policy ${opts.policy}${formatGame(rules, w)}\nHash ${g.hash}`,
    );
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError || e instanceof InputError) {
    process.stderr.write(`sim: ${e.message}${e instanceof UsageError ? ' (see --help)' : ''}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`sim: internal error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
