// `npm run balance`: for each role and each policy, the outcome distribution over many seeds,
// and which kind of move is the best one (by exact one-step lookahead) across sampled
// situations, how the difficulty levels move the planned, historical, greedy and random policies,
// and how often each policy's asks are answered yes, by kind of move and by distance.
// Writes docs/balance.json and SVG charts read in docs/BALANCE.md.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../src/data/load';
import { DIFFICULTY_IDS } from '../src/state/rules/difficulty';
import { OUTCOME_LABEL } from '../src/state/rules/model/outcome';
import { POLICIES } from '../src/state/bots/policies';
import type { OutcomeId } from '../src/state/rules/world';
import { mergeAcceptance, newAcceptance, type Acceptance } from './balance/acceptance';
import { writeCharts, type BalanceData } from './balance/charts';
import { runJob, type Job, type JobResult, type Line } from './balance/jobs';

const games = Number(process.env.BALANCE_GAMES ?? 2000);
const situations = Number(process.env.BALANCE_SITUATIONS ?? 600);
const levelGames = Number(process.env.BALANCE_LEVEL_GAMES ?? 500);
// The hint-follower weighs every move on offer at every step (about 0.4 s a game): fewer seeds.
const hintGames = Number(process.env.BALANCE_HINT_GAMES ?? 300);
const gamesOf = (policy: string, n: number) => (policy === 'hints' ? Math.min(n, hintGames) : n);
const LINES: readonly Line[] = [...POLICIES, 'hints'];
// One worker process per core by default: the jobs' numbers do not depend on where they run.
const workers = Math.max(1, Number(process.env.BALANCE_WORKERS ?? availableParallelism()));
const scenario = loadScenario();
const roles = scenario.roles.map((r) => r.actor);

// For each role: every policy's outcomes over many seeds; the planned, historical, greedy and random
// policies at each difficulty level (fewer seeds); and the best kind of move (by exact one-step
// lookahead) across sampled situations.
const jobs: Job[] = [
  ...roles.map((role): Job => ({ kind: 'moves', role, situations })),
  ...roles.flatMap((role) =>
    LINES.map((policy): Job => ({ kind: 'outcomes', role, policy, games: gamesOf(policy, games) })),
  ),
  ...roles.flatMap((role) =>
    DIFFICULTY_IDS.flatMap((difficulty) =>
      (['random', 'greedy', 'historical', 'strategist', 'coaster', 'hints'] as const).map((policy): Job => ({
        kind: 'levels',
        role,
        difficulty,
        policy,
        games: gamesOf(policy, levelGames),
      })),
    ),
  ),
];

const label = (j: Job) =>
  j.kind === 'moves'
    ? `${j.role} best moves`
    : j.kind === 'levels'
      ? `${j.role} ${j.difficulty} ${j.policy}`
      : `${j.role} ${j.policy}`;
const report = (j: Job, r: JobResult) =>
  process.stderr.write(`${label(j)}: ${JSON.stringify(r.kind === 'moves' ? r.tally : r.counts)}\n`);

/** Runs every job, here or spread over worker processes (the longest first), results in job order. */
async function runAll(): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  if (workers === 1) {
    jobs.forEach((j, i) => report(j, (results[i] = runJob(j))));
    return results;
  }
  let next = 0;
  const pool = Array.from({ length: Math.min(workers, jobs.length) }, () =>
    fork(fileURLToPath(new URL('./balance/worker.ts', import.meta.url)), { execArgv: ['--import', 'tsx'] }),
  );
  await Promise.all(
    pool.map(
      (child) =>
        new Promise<void>((resolve, reject) => {
          const give = () => {
            if (next >= jobs.length) {
              child.disconnect();
              return resolve();
            }
            const index = next++;
            child.send({ index, job: jobs[index] });
          };
          child.on('message', (m: { index: number; result: JobResult }) => {
            results[m.index] = m.result;
            report(jobs[m.index]!, m.result);
            give();
          });
          child.on('error', reject);
          child.on('exit', (code) => (code ? reject(new Error(`a balance worker exited with ${code}`)) : undefined));
          give();
        }),
    ),
  );
  return results;
}

const results = await runAll();
const rows: BalanceData['outcomes'] = [];
const meters: Record<string, number> = {};
const levels: BalanceData['levels'] = [];
const best: Record<string, Record<string, number>> = {};
// How often asks are answered yes, by kind of move and by distance: every role, normal level.
const acceptance: Record<string, Acceptance> = Object.fromEntries(LINES.map((p) => [p, newAcceptance()]));
const held: NonNullable<BalanceData['held']> = {};
jobs.forEach((j, i) => {
  const r = results[i]!;
  if (j.kind === 'outcomes' && r.kind === 'outcomes') {
    meters[`${j.role}/${j.policy}`] = r.meter / j.games;
    held[`${j.role}/${j.policy}`] = { games: j.games, met6: r.met6, held: r.held };
    mergeAcceptance(acceptance[j.policy]!, r.acceptance);
    for (const [o, n] of Object.entries(r.counts))
      rows.push({
        role: j.role,
        policy: j.policy,
        outcome: OUTCOME_LABEL[o as OutcomeId],
        games: n,
        share: n / j.games,
      });
  } else if (j.kind === 'levels' && r.kind === 'levels')
    levels.push({
      role: j.role,
      difficulty: j.difficulty,
      policy: j.policy,
      grand: r.counts.grand_coalition / j.games,
      parallel: r.counts.parallel_campaigns / j.games,
      fracture: r.counts.fracture / j.games,
    });
  else if (j.kind === 'moves' && r.kind === 'moves') best[j.role] = r.tally;
});

const data: BalanceData = {
  scenario: scenario.version,
  games,
  situations,
  levelGames,
  outcomes: rows,
  meanMeter: meters,
  levels,
  bestMove: best,
  acceptance,
  held,
  hintGames,
};
await writeCharts(data);
writeFileSync('docs/balance.json', `${JSON.stringify(data, null, 1)}\n`);
console.log('wrote docs/balance-outcomes.svg, docs/balance-moves.svg, docs/balance-levels.svg, docs/balance.json');
console.log(JSON.stringify(best));

// The aims of issue 24, as tables (docs/BALANCE.md reads them).
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log('\nGrand coalitions by role, level and policy (share of games):');
console.log(`role | policy | ${DIFFICULTY_IDS.join(' | ')}`);
for (const role of roles)
  for (const policy of ['random', 'greedy', 'historical', 'strategist', 'coaster', 'hints'])
    console.log(
      `${role} | ${policy} | ${DIFFICULTY_IDS.map((d) => pct(levels.find((l) => l.role === role && l.policy === policy && l.difficulty === d)!.grand)).join(' | ')}`,
    );
console.log('\nEvery condition met by round 6, and kept to 28 December (normal level):');
for (const [k, h] of Object.entries(held))
  if (h.met6) console.log(`${k}: ${h.met6} of ${h.games} met by round 6; kept on ${h.held} (${pct(h.held / h.met6)})`);
console.log('\nAsks answered yes, by kind of move (normal level, every role; a counter-offer sent back apart):');
for (const policy of ['random', 'strategist', 'hints']) {
  const acc = acceptance[policy]!;
  let yes = 0;
  let asks = 0;
  const parts = Object.entries(acc.byKind)
    .filter(([k, t]) => k !== 'counter returned' && t.asks)
    .map(([k, t]) => {
      yes += t.yes;
      asks += t.asks;
      return `${k} ${pct(t.yes / t.asks)} of ${t.asks}`;
    });
  console.log(`${policy}: all asks ${asks ? pct(yes / asks) : '—'} of ${asks}; ${parts.join('; ')}`);
}
