// `npm run balance`: for each role and each policy, the outcome distribution over many seeds,
// and which kind of move is the best one (by exact one-step lookahead) across sampled
// situations, and how the difficulty levels move the planned, historical and random policies.
// Writes docs/balance.json and SVG charts read in docs/BALANCE.md.
import { writeFileSync } from 'node:fs';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { loadScenario } from '../src/data/load';
import { DIFFICULTY_IDS, type Difficulty } from '../src/state/difficulty';
import { OUTCOME_LABEL } from '../src/state/model/outcome';
import { POLICIES, runPolicy } from '../src/state/policies';
import { buildRules } from '../src/state/rules';
import type { OutcomeId, World } from '../src/state/world';
import { bestMove } from './balance/lookahead';

const games = Number(process.env.BALANCE_GAMES ?? 2000);
const situations = Number(process.env.BALANCE_SITUATIONS ?? 600);
const scenario = loadScenario();
const rules = buildRules(scenario);
const roles = scenario.roles.map((r) => r.actor);

type Row = { role: string; policy: string; outcome: string; games: number; share: number };
const rows: Row[] = [];
const meters: Record<string, number> = {};
for (const role of roles) {
  for (const policy of POLICIES) {
    const counts: Record<OutcomeId, number> = { grand_coalition: 0, parallel_campaigns: 0, fracture: 0 };
    let meter = 0;
    for (let s = 0; s < games; s++) {
      const g = runPolicy(scenario, s, role, policy);
      counts[g.world.outcome!] += 1;
      meter += g.world.meter.value;
    }
    meters[`${role}/${policy}`] = meter / games;
    for (const [o, n] of Object.entries(counts)) rows.push({ role, policy, outcome: OUTCOME_LABEL[o as OutcomeId], games: n, share: n / games });
    process.stderr.write(`${role} ${policy}: ${JSON.stringify(counts)}\n`);
  }
}

// Difficulty: the planned and the random policy at each level, for every role (fewer seeds).
const levelGames = Number(process.env.BALANCE_LEVEL_GAMES ?? 500);
const levels: { role: string; difficulty: Difficulty; policy: string; grand: number; parallel: number; fracture: number }[] = [];
for (const role of roles) {
  for (const difficulty of DIFFICULTY_IDS) {
    for (const policy of ['random', 'historical', 'strategist'] as const) {
      const c: Record<OutcomeId, number> = { grand_coalition: 0, parallel_campaigns: 0, fracture: 0 };
      for (let s = 0; s < levelGames; s++) c[runPolicy(scenario, s, role, policy, difficulty).world.outcome!] += 1;
      levels.push({ role, difficulty, policy, grand: c.grand_coalition / levelGames, parallel: c.parallel_campaigns / levelGames, fracture: c.fracture / levelGames });
      process.stderr.write(`${role} ${difficulty} ${policy}: ${JSON.stringify(c)}\n`);
    }
  }
}

// Situations: the world at the start of each round of games played by the random policy, so the
// lookahead sees early, middle and late positions, some of them already bent by odd moves.
const best: Record<string, Record<string, number>> = {};
for (const role of roles) {
  const tally: Record<string, number> = { call: 0, visit: 0, proposal: 0, statement: 0, concession: 0, none: 0 };
  best[role] = tally;
  let n = 0;
  for (let s = 0; n < situations; s++) {
    const starts: World[] = [];
    runPolicy(scenario, 50_000 + s, role, 'random', 'normal', (w) => !w.outcome && starts.push(w));
    for (const w of starts.slice(0, situations - n)) {
      const b = bestMove(rules, w);
      const k = b ? b.type : 'none';
      tally[k] = (tally[k] ?? 0) + 1;
      n += 1;
    }
  }
}

async function svg(spec: TopLevelSpec, file: string) {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  writeFileSync(file, await view.toSVG());
}

const palette = { domain: ['Grand coalition', 'Parallel campaigns', 'Fracture'], range: ['#0072B2', '#E69F00', '#999999'] };
await svg(
  {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `Outcomes over ${games} seeds, by role and policy`,
    data: { values: rows },
    facet: { row: { field: 'role', title: 'Role' } },
    spec: {
      width: 420,
      height: 120,
      mark: 'bar',
      encoding: {
        y: { field: 'policy', type: 'nominal', title: 'Policy', sort: [...POLICIES] },
        x: { field: 'share', type: 'quantitative', title: 'Share of games', axis: { format: '%' } },
        color: { field: 'outcome', type: 'nominal', scale: palette, title: 'Outcome' },
        order: { field: 'outcome', sort: 'ascending' },
      },
    },
  } as TopLevelSpec,
  'docs/balance-outcomes.svg',
);
const bestRows = Object.entries(best).flatMap(([role, m]) => Object.entries(m).map(([type, count]) => ({ role, type, share: count / situations })));
await svg(
  {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `Best move by exact one-step lookahead, ${situations} situations per role`,
    data: { values: bestRows },
    facet: { column: { field: 'role', title: 'Role' } },
    spec: {
      width: 240,
      height: 160,
      mark: 'bar',
      encoding: {
        x: { field: 'type', type: 'nominal', title: 'Kind of move', sort: ['call', 'visit', 'proposal', 'concession', 'statement', 'none'] },
        y: { field: 'share', type: 'quantitative', title: 'Share of situations', axis: { format: '%' } },
        color: { value: '#0072B2' },
      },
    },
  } as TopLevelSpec,
  'docs/balance-moves.svg',
);
await svg(
  {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `Grand coalitions by difficulty, ${levelGames} seeds each`,
    data: { values: levels.map((l) => ({ ...l, policy: l.policy })) },
    facet: { column: { field: 'role', title: 'Role' } },
    spec: {
      width: 200,
      height: 160,
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'difficulty', type: 'ordinal', title: 'Difficulty', sort: [...DIFFICULTY_IDS] },
        y: { field: 'grand', type: 'quantitative', title: 'Share ending in a grand coalition', axis: { format: '%' }, scale: { domain: [0, 1] } },
        color: { field: 'policy', type: 'nominal', title: 'Policy', scale: { domain: ['random', 'historical', 'strategist'], range: ['#999999', '#E69F00', '#0072B2'] } },
        strokeDash: { field: 'policy', type: 'nominal', scale: { domain: ['random', 'historical', 'strategist'], range: [[2, 2], [6, 3], [1, 0]] } },
      },
    },
  } as TopLevelSpec,
  'docs/balance-levels.svg',
);
writeFileSync('docs/balance.json', `${JSON.stringify({ games, situations, levelGames, outcomes: rows, meanMeter: meters, levels, bestMove: best }, null, 1)}\n`);
console.log('wrote docs/balance-outcomes.svg, docs/balance-moves.svg, docs/balance-levels.svg, docs/balance.json');
console.log(JSON.stringify(best));
