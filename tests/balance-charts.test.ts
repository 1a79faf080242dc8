// The balance report's charts (scripts/balance/charts.ts), drawn from docs/balance.json: the
// committed SVGs are what the code draws, and every number in the data has its mark.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { balanceCharts, type BalanceData } from '../scripts/balance/charts';

const data = JSON.parse(readFileSync('docs/balance.json', 'utf8')) as BalanceData;
const charts = balanceCharts(data);
const count = (svg: string, re: RegExp) => (svg.match(re) ?? []).length;

describe('balance charts', () => {
  it('are the committed docs/*.svg (run `npm run balance:charts` after changing them)', () => {
    for (const [file, svg] of Object.entries(charts)) expect(readFileSync(file, 'utf8'), file).toBe(svg);
  });

  it('are well-formed enough for a browser: no attribute twice in one tag, every tag closed', () => {
    for (const svg of Object.values(charts)) {
      for (const tag of svg.match(/<[a-z][^>]*>/g)!) {
        const names = [...tag.matchAll(/\s([a-z-]+)=/g)].map((m) => m[1]);
        expect(new Set(names).size, tag).toBe(names.length);
      }
      for (const t of ['svg', 'text', 'title', 'desc'])
        expect(count(svg, new RegExp(`<${t}[ >]`, 'g'))).toBe(count(svg, new RegExp(`</${t}>`, 'g')));
    }
  });

  it('draw a mark for every number: outcome shares, best moves, and grand coalitions by level', () => {
    const outcomes = charts['docs/balance-outcomes.svg']!;
    expect(count(outcomes, /<rect [^>]*><title>/g)).toBe(data.outcomes.filter((o) => o.share > 0).length);
    expect(count(charts['docs/balance-moves.svg']!, /<rect [^>]*><title>/g)).toBe(3 * 6);
    const levels = charts['docs/balance-levels.svg']!;
    // Per role, a line for each of six plays (from 1.6.0 the coaster and the hint-follower beside
    // random, historical, greedy and strategist), a point for each of three levels.
    expect(count(levels, /<path /g)).toBe(3 * 6);
    expect(count(levels, /<circle /g)).toBe(3 * 6 * 3);
    expect(outcomes).toContain(`Outcomes over ${data.games} seeds`);
  });
});
