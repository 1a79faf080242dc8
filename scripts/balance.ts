// `npm run balance`: for each role and each policy, the outcome distribution over many seeds,
// and which kind of move is the best one (by exact one-step lookahead) across sampled
// situations, and how the difficulty levels move the planned, historical and random policies.
// Writes docs/balance.json and SVG charts read in docs/BALANCE.md.
import { writeFileSync } from 'node:fs';
import { loadScenario } from '../src/data/load';
import { DIFFICULTY_IDS, type Difficulty } from '../src/state/difficulty';
import { OUTCOME_LABEL } from '../src/state/model/outcome';
import { playPolicy, POLICIES } from '../src/state/policies';
import { buildRules } from '../src/state/rules';
import type { OutcomeId, World } from '../src/state/world';
import { writeCharts, type BalanceData } from './balance/charts';
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
      const g = playPolicy(scenario, s, role, policy);
      counts[g.world.outcome!] += 1;
      meter += g.world.meter.value;
    }
    meters[`${role}/${policy}`] = meter / games;
    for (const [o, n] of Object.entries(counts))
      rows.push({ role, policy, outcome: OUTCOME_LABEL[o as OutcomeId], games: n, share: n / games });
    process.stderr.write(`${role} ${policy}: ${JSON.stringify(counts)}\n`);
  }
}

// Difficulty: the planned and the random policy at each level, for every role (fewer seeds).
const levelGames = Number(process.env.BALANCE_LEVEL_GAMES ?? 500);
const levels: {
  role: string;
  difficulty: Difficulty;
  policy: string;
  grand: number;
  parallel: number;
  fracture: number;
}[] = [];
for (const role of roles) {
  for (const difficulty of DIFFICULTY_IDS) {
    for (const policy of ['random', 'historical', 'strategist'] as const) {
      const c: Record<OutcomeId, number> = { grand_coalition: 0, parallel_campaigns: 0, fracture: 0 };
      for (let s = 0; s < levelGames; s++) c[playPolicy(scenario, s, role, policy, difficulty).world.outcome!] += 1;
      levels.push({
        role,
        difficulty,
        policy,
        grand: c.grand_coalition / levelGames,
        parallel: c.parallel_campaigns / levelGames,
        fracture: c.fracture / levelGames,
      });
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
    playPolicy(scenario, 50_000 + s, role, 'random', 'normal', (w) => !w.outcome && starts.push(w));
    for (const w of starts.slice(0, situations - n)) {
      const b = bestMove(rules, w);
      const k = b ? b.type : 'none';
      tally[k] = (tally[k] ?? 0) + 1;
      n += 1;
    }
  }
}

const data: BalanceData = { games, situations, levelGames, outcomes: rows, meanMeter: meters, levels, bestMove: best };
await writeCharts(data);
writeFileSync('docs/balance.json', `${JSON.stringify(data, null, 1)}\n`);
console.log('wrote docs/balance-outcomes.svg, docs/balance-moves.svg, docs/balance-levels.svg, docs/balance.json');
console.log(JSON.stringify(best));
