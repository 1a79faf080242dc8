// `npm run sim` as a function: main(argv, io) plays, prints to io's streams and returns the exit
// code (0 done, 1 internal error, 2 bad input: one line on stderr that says what is wrong and
// where). scripts/sim.ts runs it on the process; the tests call it in their own process.
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { loadScenario } from '../../src/data/load';
import { playPolicy, runPolicyInMachine } from '../../src/state/bots/policies';
import { checkedGame } from '../../src/release/current';
import { openReplayBytes } from '../../src/release/bytes';
import { openAnyText } from '../../src/release/load';
import type { CheckedTogether } from '../../src/release/types';
import { echo, echoText } from '../../src/state/view/echo';
import { makeReplay, MAX_REPLAY_BYTES } from '../../src/state/replays/replay';
import { worldDump, type WorldDump } from '../../src/state/rules/hindcast';
import { buildRules } from '../../src/state/rules/rules';
import type { OutcomeId } from '../../src/state/rules/world';
import { parseSimArgs, USAGE, UsageError, type SimOptions } from './args';
import { playTogether } from '../../src/state/bots/together';
import { loadTogether, makeTogetherReplay, TOGETHER_FORMAT } from '../../src/state/replays/together';
import { rolesRefusal, togetherHash, type TogetherGame } from '../../src/state/rules/together';
import { goalsByRole } from '../../src/state/view/together';
import type { Rules } from '../../src/state/rules/rules';
import type { Scenario } from '../../src/data/schema';
import { calendarRows, formatGame } from './format';
import { localeSettled, setLocale, t, useScenarioTexts } from '../../src/i18n';
import { MovesFileError } from '../whatif/files';
import { simMoves } from '../whatif/sim';

/** Where the CLI writes: the process's streams, or a test's. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

class InputError extends Error {}

/**
 * A replay file's bytes: a regular file no larger than a replay can be, checked before reading.
 * They are decoded as the browser decodes a file it is given (src/release/bytes.ts).
 */
function readReplayFile(path: string): Uint8Array {
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
  return buf.subarray(0, n);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    await run(argv, (line) => io.stdout.write(`${line}\n`), io.stderr);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof MovesFileError) {
      io.stderr.write(`sim: ${e.message}${e instanceof UsageError ? ' (see --help)' : ''}\n`);
      return 2;
    }
    io.stderr.write(`sim: internal error: ${echoText((e as Error).message)}\n`);
    return 1;
  }
}

async function run(argv: readonly string[], print: (line: string) => void, progress: NodeJS.WritableStream) {
  const opts = parseSimArgs(argv);
  if (opts.help) return print(USAGE);
  await setLocale(opts.lang);
  await localeSettled();
  const scenario = loadScenario();
  useScenarioTexts(scenario);
  const rules = buildRules(scenario);
  if (!scenario.roles.some((r) => r.actor === opts.role)) {
    throw new UsageError(
      `--role must be one of ${scenario.roles.map((r) => r.actor).join(', ')}, got ${echo(opts.role)}`,
    );
  }

  if (opts.roles !== null) return playRoles(scenario, rules, opts, print);

  if (opts.moves !== null)
    return simMoves(
      scenario,
      rules,
      { file: opts.moves, seed: opts.seed, games: opts.games, json: opts.json, world: opts.world, out: opts.out },
      print,
      progress,
    );

  if (opts.calendar) {
    const rows = calendarRows(scenario, opts.role);
    if (opts.json) return print(JSON.stringify(rows));
    print(`The calendar for ${rules.actor[opts.role]!.name}: your own capital's diplomacy is yours to make`);
    for (const r of rows)
      print(
        `${r.date.padEnd(10)}  ${r.kind.padEnd(10)}  ${(('actor' in r && r.actor) || '').padEnd(5)} ${r.id.padEnd(24)}  ${r.title}`,
      );
    return;
  }

  if (opts.replay !== null) {
    const bytes = readReplayFile(opts.replay);
    const together = togetherText(bytes);
    // A game played together of an earlier scenario version: checked by its own release's rules (the loader).
    const earlier = together !== null ? togetherVersion(together) : null;
    if (together !== null && earlier !== null && earlier !== scenario.version) {
      const res = await openAnyText(together);
      if (!res.ok) throw new InputError(`${echoText(opts.replay)}: ${res.error}`);
      if (!('together' in res)) throw new InputError(`${echoText(opts.replay)}: not a game played together`);
      return printCheckedTogether(res.together, scenario.version, opts.json, print);
    }
    if (together !== null) {
      const res = loadTogether(together, scenario);
      if (!res.ok) throw new InputError(`${echoText(opts.replay)}: ${res.error}`);
      return printTogether(rules, res.game, 'replay', opts.json, print, 'Replay verified');
    }
    const res = await openReplayBytes(bytes);
    if (!res.ok) throw new InputError(`${echoText(opts.replay)}: ${res.error}`);
    const { checked, release } = res;
    const g = checked.summary;
    if (opts.json)
      return print(
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
    const own = checkedGame(checked);
    // This build's own version: the log comes from the game the check just played.
    if (own) return print(`${formatGame(rules, own.world)}\n${t('cli.verified', { hash: checked.hash })}`);
    return print(
      `Scenario ${release.version} (an earlier release, kept with its own rules; this build plays ${scenario.version})\n` +
        `Seed ${g.seed} · ${release.scenario.roles.find((r) => r.actor === g.role)?.name ?? g.role} · ${g.difficulty} · ` +
        `${g.rounds} rounds · ${g.outcomeLabel} · meter ${g.meter.toFixed(1)}\nReplay verified: hash ${checked.hash}`,
    );
  }

  if (opts.games !== null) {
    const outcomes: Record<OutcomeId, number> = { grand_coalition: 0, parallel_campaigns: 0, fracture: 0 };
    const worlds: WorldDump[] = [];
    const bar = new SingleBar(
      {
        format: 'playing {bar} {value}/{total} games',
        stream: progress,
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
      return print(
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
    print(
      `${opts.games} games, policy ${opts.policy}, role ${opts.role}, seeds ${opts.seed}–${opts.seed + opts.games - 1}`,
    );
    for (const [k, v] of Object.entries(outcomes))
      print(`  ${k.padEnd(20)} ${String(v).padStart(6)}  ${((100 * v) / opts.games).toFixed(1)}%`);
    return;
  }

  // One game, played by the bot as a person plays: through the game machine, briefing by briefing.
  const g = runPolicyInMachine(scenario, opts.seed, opts.role, opts.policy, opts.difficulty);
  if (opts.out !== null) {
    try {
      writeFileSync(opts.out, `${JSON.stringify(makeReplay(scenario, g), null, 1)}\n`);
    } catch (e) {
      throw new InputError(`cannot write ${echoText(opts.out)} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const w = g.world;
  if (opts.json)
    return print(
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
  print(
    `${t('cli.header', { seed: w.seed, role: rules.actor[w.role]!.name, policy: opts.policy })}${formatGame(rules, w)}\n${t('cli.hash', { hash: g.hash })}`,
  );
}

/** A replay of a game played together, as text (UTF-8, a BOM dropped), or null for any other file. */
function togetherText(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  try {
    const raw = JSON.parse(text) as unknown;
    return typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === TOGETHER_FORMAT
      ? text
      : null;
  } catch {
    return null;
  }
}

/** The scenario version a game played together names (null if it names none: its own check says so). */
function togetherVersion(text: string): string | null {
  const v = (JSON.parse(text) as { scenario?: { version?: unknown } }).scenario?.version;
  return typeof v === 'string' ? v : null;
}

/** A game played together checked by an earlier release: the same lines as printTogether, from its render models. */
function printCheckedTogether(c: CheckedTogether, playing: string, json: boolean, print: (line: string) => void) {
  const g = c.summary;
  const d = c.debrief();
  const asks = d.asks.accepted + d.asks.declined + d.asks.countered + d.asks.lapsed;
  if (json)
    return print(
      JSON.stringify({
        scenario: `${c.replay.scenario.id}@${c.version}`,
        seed: g.seed,
        roles: c.roles.map((r) => r.id),
        policy: 'replay',
        outcome: g.outcome,
        meter: g.meter,
        rounds: g.rounds,
        moves: c.replay.moves.length,
        asks,
        goals: Object.fromEntries(d.goals.map((r) => [r.role, { met: r.met, of: r.items.length }])),
        ...(c.solo ? { solo: c.solo } : {}),
        hash: c.hash,
        verified: true,
      }),
    );
  print(`Scenario ${c.version} (an earlier release, kept with its own rules; this build plays ${playing})`);
  print(`Grand Coalition together · seed ${g.seed} · ${c.roles.map((r) => r.name).join(', ')} · policy replay`);
  print(
    `${g.rounds} rounds · ${c.replay.moves.length} moves · outcome ${g.outcome ?? 'not over'} · meter ${g.meter.toFixed(1)}`,
  );
  print(
    `Asks between human capitals: ${asks} (${(['accepted', 'declined', 'countered', 'lapsed'] as const)
      .map((k) => `${d.asks[k]} ${k}`)
      .join(', ')})`,
  );
  for (const r of d.goals) {
    print(`${r.name}: ${r.met} of ${r.items.length} goals met`);
    for (const i of r.items) print(`  [${i.met ? 'x' : ' '}] ${i.label}`);
  }
  print(`Replay verified: hash ${c.hash}`);
}

function writeOut(path: string, body: unknown) {
  try {
    writeFileSync(path, `${JSON.stringify(body, null, 1)}\n`);
  } catch (e) {
    throw new InputError(`cannot write ${echoText(path)} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** `--roles FRA,RUS --policy P`: one game played together, the policy in every human seat. */
function playRoles(scenario: Scenario, rules: Rules, opts: SimOptions, print: (line: string) => void) {
  const why = rolesRefusal(rules, opts.roles!);
  if (why) throw new UsageError(`--roles: ${why}`);
  const g = playTogether(rules, opts.seed, opts.roles!, opts.policy, opts.difficulty);
  if (opts.out !== null) writeOut(opts.out, makeTogetherReplay(scenario, g));
  printTogether(rules, g, opts.policy, opts.json, print, 'Hash');
}

function printTogether(
  rules: Rules,
  g: TogetherGame,
  policy: string,
  json: boolean,
  print: (line: string) => void,
  label: string,
) {
  const w = g.world;
  const hash = togetherHash(g);
  const goals = goalsByRole(rules, g);
  const asks = g.past.flat();
  if (json)
    return print(
      JSON.stringify({
        scenario: `${rules.scenario.id}@${rules.scenario.version}`,
        seed: w.seed,
        roles: g.roles,
        policy,
        outcome: w.outcome,
        meter: w.meter.value,
        rounds: w.rounds.length,
        moves: g.log.length,
        asks: asks.length,
        goals: Object.fromEntries(goals.map((r) => [r.role, { met: r.met, of: r.items.length }])),
        ...(g.solo ? { solo: { round: g.solo.round, role: g.solo.role, roles: g.solo.roles } } : {}),
        hash,
        ...(label === 'Replay verified' ? { verified: true } : {}),
      }),
    );
  print(
    `Grand Coalition together · seed ${w.seed} · ${g.roles.map((r) => rules.actor[r]!.name).join(', ')} · policy ${policy}`,
  );
  if (g.solo)
    print(
      `Taken over by ${rules.actor[g.solo.role]!.name} from round ${g.solo.round + 1} (led by people before: ${g.solo.roles.map((r) => rules.actor[r]!.name).join(', ')})`,
    );
  print(
    `${w.rounds.length} rounds · ${g.log.length} moves · outcome ${w.outcome ?? 'not over'} · meter ${w.meter.value.toFixed(1)}`,
  );
  print(
    `Asks between human capitals: ${asks.length} (${['accepted', 'declined', 'countered', 'lapsed']
      .map((s) => `${asks.filter((o) => o.state === s).length} ${s}`)
      .join(', ')})`,
  );
  for (const r of goals) {
    print(`${r.name}: ${r.met} of ${r.items.length} goals met`);
    for (const i of r.items) print(`  [${i.met ? 'x' : ' '}] ${i.label}`);
  }
  print(label === 'Hash' ? `Hash ${hash}` : `${label}: hash ${hash}`);
}
