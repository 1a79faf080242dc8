// `npm run sim`: play Grand Coalition headless. Bad input exits 2 with one line on stderr.
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { loadScenario } from '../src/data/load';
import { playPolicy, runPolicyInMachine } from '../src/state/bots/policies';
import { checkedGame } from '../src/release/current';
import { openReplayText } from '../src/release/load';
import { echoText } from '../src/state/view/echo';
import { makeReplay, MAX_REPLAY_BYTES } from '../src/state/replays/replay';
import { worldDump, type WorldDump } from '../src/state/rules/hindcast';
import { buildRules } from '../src/state/rules/rules';
import type { OutcomeId } from '../src/state/rules/world';
import { parseSimArgs, USAGE, UsageError } from './cli/args';
import { calendarRows, formatGame } from './cli/format';

class InputError extends Error {}

/** Reads a replay file: a regular file no larger than a replay can be, checked before reading. */
function readReplayFile(path: string): string {
  const shown = echoText(path);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${shown} is a folder, not a file`);
    if (!st.isFile()) throw new InputError(`${shown} is not a regular file (a device, pipe or socket)`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${shown}` : `cannot read ${shown} (${code ?? 'error'})`);
  }
  if (size > MAX_REPLAY_BYTES) throw new InputError(`${shown} is larger than 1 MB (${size} bytes): it is not a replay`);
  // Read at most one byte more than the limit, in case the file grew since it was checked.
  const buf = Buffer.alloc(MAX_REPLAY_BYTES + 1);
  let n = 0;
  const fd = openSync(path, 'r');
  try {
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, null);
  } finally {
    closeSync(fd);
  }
  if (n > MAX_REPLAY_BYTES) throw new InputError(`${shown} is larger than 1 MB: it is not a replay`);
  return buf.subarray(0, n).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
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
    const rows = calendarRows(scenario, opts.role);
    if (opts.json) console.log(JSON.stringify(rows));
    else {
      console.log(`The calendar for ${rules.actor[opts.role]!.name}: your own capital's diplomacy is yours to make`);
      for (const r of rows)
        console.log(
          `${r.date.padEnd(10)}  ${r.kind.padEnd(10)}  ${(('actor' in r && r.actor) || '').padEnd(5)} ${r.id.padEnd(24)}  ${r.title}`,
        );
    }
    return 0;
  }

  if (opts.replay) {
    const res = await openReplayText(readReplayFile(opts.replay));
    if (!res.ok) throw new InputError(`${echoText(opts.replay)}: ${res.error}`);
    const { checked, release } = res;
    const g = checked.summary;
    if (opts.json)
      console.log(
        JSON.stringify({
          scenario: `${release.scenario.id}@${release.version}`,
          seed: g.seed,
          role: g.role,
          policy: 'replay',
          outcome: g.outcome,
          meter: g.meter,
          rounds: g.rounds,
          hash: checked.hash,
          verified: true,
        }),
      );
    else if (checkedGame(checked)) {
      // This build's own version: the log comes from the game the check just played.
      console.log(`${formatGame(rules, checkedGame(checked)!.world)}\nReplay verified: hash ${checked.hash}`);
    } else
      console.log(
        `Scenario ${release.version} (an earlier release, kept with its own rules; this build plays ${scenario.version})\n` +
          `Seed ${g.seed} · ${release.scenario.roles.find((r) => r.actor === g.role)?.name ?? g.role} · ${g.difficulty} · ` +
          `${g.rounds} rounds · ${g.outcomeLabel} · meter ${g.meter.toFixed(1)}\nReplay verified: hash ${checked.hash}`,
      );
    return 0;
  }

  if (opts.games !== null) {
    const outcomes: Record<OutcomeId, number> = { grand_coalition: 0, parallel_campaigns: 0, fracture: 0 };
    const worlds: WorldDump[] = [];
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
      // A batch counts outcomes: it folds the reducer and skips the hash.
      const g = playPolicy(scenario, opts.seed + i, opts.role, opts.policy, opts.difficulty);
      outcomes[g.world.outcome!] += 1;
      if (opts.world) worlds.push(worldDump(rules, g.world));
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
          ...(opts.world ? { worlds } : {}),
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

  // One game, played by the bot as a person plays: through the game machine, briefing by briefing.
  const g = runPolicyInMachine(scenario, opts.seed, opts.role, opts.policy, opts.difficulty);
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
        ...(opts.world ? { world: worldDump(rules, w) } : {}),
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
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError || e instanceof InputError) {
    process.stderr.write(`sim: ${e.message}${e instanceof UsageError ? ' (see --help)' : ''}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`sim: internal error: ${echoText((e as Error).message)}\n`);
    process.exitCode = 1;
  }
}
