// `npm run sim -- --moves FILE`: plays a line of moves kept as a file (src/state/moves.ts) as the
// player, for the file's role and level. One game goes through the game machine, as a person plays
// it (with --out, its replay opens in the browser); --games N folds the reducer over seeds S to
// S+N−1. Every move the rules refuse is reported with its round and the rules' reason, and skipped.
// When the file states what it expects (a what-if), the game is read beside the historical line on
// the same seed: which acts went otherwise and which checkpoints flipped, and why.
import { writeFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { Scenario } from '../../src/data/schema';
import { echoText } from '../../src/state/view/echo';
import { finalHash } from '../../src/state/rules/game';
import { worldDump, type WorldDump } from '../../src/state/rules/hindcast';
import { playMoves, skippedText } from '../../src/state/bots/moves';
import { makeReplay } from '../../src/state/replays/replay';
import type { Rules } from '../../src/state/rules/rules';
import { machineSeat } from '../../src/state/bots/seat';
import { initWorld } from '../../src/state/rules/step';
import { whatIfShares } from '../../src/state/bots/whatif';
import { formatGame } from '../cli/format';
import { MovesFileError, readMovesFile } from './files';
import { expectationLines, skippedLines } from './report';

export interface MovesOptions {
  file: string;
  seed: number;
  games: number | null;
  json: boolean;
  world: boolean;
  out: string | null;
}

export function simMoves(
  scenario: Scenario,
  rules: Rules,
  o: MovesOptions,
  print: (line: string) => void,
  progress: NodeJS.WritableStream,
): void {
  const line = readMovesFile(rules, o.file);
  const what: MovesRun = {
    line,
    expects: line.expect.otherwise.length + line.expect.flips.length > 0,
    head: `moves "${line.name}" (${echoText(o.file)})`,
  };
  if (o.games !== null) simMany(scenario, rules, o, o.games, what, print, progress);
  else simOne(scenario, rules, o, what, print);
}

/** A moves file read, and how the output names it. */
interface MovesRun {
  line: ReturnType<typeof readMovesFile>;
  /** Whether the file expects acts otherwise or checkpoints flipped. */
  expects: boolean;
  head: string;
}

/** `--games N`: the file played on N seeds, its outcomes and, when it expects any, its what-if shares. */
function simMany(
  scenario: Scenario,
  rules: Rules,
  o: MovesOptions,
  games: number,
  { line, expects, head }: MovesRun,
  print: (line: string) => void,
  progress: NodeJS.WritableStream,
): void {
  const seeds = Array.from({ length: games }, (_, i) => o.seed + i);
  const worlds: WorldDump[] = [];
  const bar = new SingleBar(
    { format: 'playing {bar} {value}/{total} games', stream: progress, noTTYOutput: true, notTTYSchedule: 1000 },
    undefined,
  );
  bar.start(games, 0);
  let n = 0;
  const r = whatIfShares(rules, line, seeds, new Map(), (_, w) => {
    if (o.world) worlds.push(worldDump(rules, w));
    if (++n % 10 === 0 || n === games) bar.update(n);
  });
  bar.stop();
  const outcomes = { grand_coalition: 0, parallel_campaigns: 0, fracture: 0, ...r.outcomes };
  if (o.json)
    return print(
      JSON.stringify({
        games,
        policy: 'moves',
        moves: line.name,
        role: line.role,
        difficulty: line.difficulty,
        seed: o.seed,
        outcomes,
        skipped: r.skipped,
        ...(expects ? { acts: r.acts, flips: r.flips } : {}),
        ...(o.world ? { worlds } : {}),
      }),
    );
  print(`${games} games, ${head}, role ${line.role}, ${line.difficulty}, seeds ${o.seed}–${o.seed + games - 1}`);
  for (const [k, v] of Object.entries(outcomes))
    print(`  ${k.padEnd(20)} ${String(v).padStart(6)}  ${((100 * v) / games).toFixed(1)}%`);
  for (const l of skippedLines(rules, r)) print(l);
  if (expects) {
    print('What the file expects, beside the historical line on the same seeds:');
    for (const l of expectationLines(scenario, r)) print(l);
  }
}

/** One game, played as a person plays: through the game machine, briefing by briefing. */
function simOne(
  scenario: Scenario,
  rules: Rules,
  o: MovesOptions,
  { line, expects, head }: MovesRun,
  print: (line: string) => void,
): void {
  const seat = machineSeat(rules, initWorld(rules, o.seed, line.role, line.difficulty));
  const { actions, skipped } = playMoves(rules, seat, line);
  seat.stop();
  const w = seat.world();
  const hash = finalHash(w);
  if (o.out !== null) {
    try {
      writeFileSync(o.out, `${JSON.stringify(makeReplay(scenario, { world: w, actions, hash }), null, 1)}\n`);
    } catch (e) {
      throw new MovesFileError(`cannot write ${echoText(o.out)} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  // The same game read beside the historical line (the reducer's game is the machine's: same hash).
  const read = expects ? whatIfShares(rules, line, [o.seed]) : null;
  if (o.json)
    return print(
      JSON.stringify({
        scenario: `${scenario.id}@${scenario.version}`,
        seed: w.seed,
        role: w.role,
        difficulty: w.difficulty,
        policy: 'moves',
        moves: line.name,
        outcome: w.outcome,
        meter: w.meter.value,
        rounds: w.rounds.length,
        hash,
        skipped,
        ...(read ? { acts: read.acts, flips: read.flips } : {}),
        ...(o.world ? { world: worldDump(rules, w) } : {}),
      }),
    );
  print(
    `Grand Coalition · seed ${w.seed} · ${rules.actor[w.role]!.name} · ${w.difficulty} · ${head}${formatGame(rules, w)}`,
  );
  if (skipped.length) {
    print(`\nMoves the rules refused (skipped):`);
    for (const m of skipped) print(`  ${skippedText(rules, m)}`);
  }
  if (read) {
    print('\nWhat the file expects, beside the historical line on this seed:');
    for (const l of expectationLines(scenario, read)) print(l);
  }
  print(`Hash ${hash}`);
}
