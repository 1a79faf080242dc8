// The balance report's charts (Vega-Lite, rendered to SVG without a browser), drawn from the
// report's numbers alone so `npm run balance:charts` can redraw them from docs/balance.json.
import { writeFileSync } from 'node:fs';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { DIFFICULTY_IDS } from '../../src/state/difficulty';
import { POLICIES } from '../../src/state/policies';

export interface BalanceData {
  games: number;
  situations: number;
  levelGames: number;
  outcomes: { role: string; policy: string; outcome: string; games: number; share: number }[];
  meanMeter: Record<string, number>;
  levels: { role: string; difficulty: string; policy: string; grand: number; parallel: number; fracture: number }[];
  bestMove: Record<string, Record<string, number>>;
}

const OUTCOMES = ['Grand coalition', 'Parallel campaigns', 'Fracture'];
const ROLE_ORDER = ['FRA', 'USA', 'RUS'];

async function svg(spec: TopLevelSpec, file: string) {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  writeFileSync(file, await view.toSVG());
}

export async function writeCharts(d: BalanceData): Promise<void> {
  await svg(
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: `Outcomes over ${d.games} seeds, by role and policy`,
      data: { values: d.outcomes },
      // Stacked in the order of the outcomes, best first, whatever their names.
      transform: [{ calculate: `indexof(${JSON.stringify(OUTCOMES)}, datum.outcome)`, as: 'rank' }],
      facet: { row: { field: 'role', title: 'Role', sort: ROLE_ORDER } },
      spec: {
        width: 420,
        height: 120,
        mark: 'bar',
        encoding: {
          y: { field: 'policy', type: 'nominal', title: 'Policy', sort: [...POLICIES] },
          x: { field: 'share', type: 'quantitative', title: 'Share of games', axis: { format: '%' } },
          color: {
            field: 'outcome',
            type: 'nominal',
            scale: { domain: OUTCOMES, range: ['#0072B2', '#E69F00', '#999999'] },
            title: 'Outcome',
          },
          order: { field: 'rank', type: 'quantitative', sort: 'ascending' },
        },
      },
    } as TopLevelSpec,
    'docs/balance-outcomes.svg',
  );
  const bestRows = Object.entries(d.bestMove).flatMap(([role, m]) =>
    Object.entries(m).map(([type, count]) => ({ role, type, share: count / d.situations })),
  );
  await svg(
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: `Best move by one-step lookahead, ${d.situations} situations per role`,
      data: { values: bestRows },
      facet: { column: { field: 'role', title: 'Role', sort: ROLE_ORDER } },
      spec: {
        width: 240,
        height: 160,
        mark: 'bar',
        encoding: {
          x: {
            field: 'type',
            type: 'nominal',
            title: 'Kind of move',
            sort: ['call', 'visit', 'proposal', 'concession', 'statement', 'none'],
          },
          y: { field: 'share', type: 'quantitative', title: 'Share of situations', axis: { format: '%' } },
          color: { value: '#0072B2' },
        },
      },
    } as TopLevelSpec,
    'docs/balance-moves.svg',
  );
  const policies = ['random', 'historical', 'strategist'];
  await svg(
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: `Grand coalitions by difficulty, ${d.levelGames} seeds each`,
      data: { values: d.levels },
      facet: { column: { field: 'role', title: 'Role', sort: ROLE_ORDER } },
      spec: {
        width: 200,
        height: 160,
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'difficulty', type: 'ordinal', title: 'Difficulty', sort: [...DIFFICULTY_IDS] },
          y: {
            field: 'grand',
            type: 'quantitative',
            title: 'Share ending in a grand coalition',
            axis: { format: '%' },
            scale: { domain: [0, 1] },
          },
          color: {
            field: 'policy',
            type: 'nominal',
            title: 'Policy',
            scale: { domain: policies, range: ['#999999', '#E69F00', '#0072B2'] },
          },
          strokeDash: {
            field: 'policy',
            type: 'nominal',
            scale: {
              domain: policies,
              range: [
                [2, 2],
                [6, 3],
                [1, 0],
              ],
            },
          },
        },
      },
    } as TopLevelSpec,
    'docs/balance-levels.svg',
  );
}
