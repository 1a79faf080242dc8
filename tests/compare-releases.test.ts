// The class comparison takes games of every release side by side, says when they mix releases,
// and writes a spreadsheet no cell of which a spreadsheet program would run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ClassComparison, comparisonCsv } from '../src/app/compare';
import { replayFragment } from '../src/state/replays/link';
import { scenario } from './helpers';

const fixture = (v: string, f: string) => readFileSync(join(__dirname, 'fixtures', 'replays', v, f), 'utf8');
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('comparing games of different releases', () => {
  it('reads each in its own rules, says the releases differ, and escapes formula-like cells', async () => {
    const cmp = new ClassComparison(scenario.calendar.rounds);
    await cmp.addFiles([
      file('old group.json', fixture('1.0.0', 'FRA-normal-strategist.json')),
      file('=HYPERLINK("http://evil.example","click").json', fixture('1.1.0', 'FRA-normal-strategist.json')),
      file('+1-2.json', fixture('1.1.0', 'USA-hard-random.json')),
    ]);
    await cmp.addLinks(
      `https://x.example/#${replayFragment(JSON.parse(fixture('1.0.0', 'USA-easy-strategist.json')))}`,
    );
    expect(cmp.problems).toEqual([]);
    const c = cmp.result();
    expect(c.versions.sort()).toEqual(['1.0.0', '1.1.0']);
    expect(c.rows.map((r) => r.version)).toEqual(['1.0.0', '1.1.0', '1.1.0', '1.0.0']);
    expect(c.sameSetting).toBe(false);
    expect(c.settings.some((s) => s.endsWith('scenario 1.0.0'))).toBe(true);
    const csv = comparisonCsv(c, scenario.calendar.rounds);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows[1]!.group).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[2]!.group).toBe(`'+1-2`);
    expect(rows[0]!.scenario_version).toBe('1.0.0');
    expect(Number(rows[0]!.final_meter)).toBe(c.rows[0]!.finalMeter);
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('gives old releases\u2019 rows the members by name, their own debrief\u2019s reason where they had one, and no figure that depends on other games', async () => {
    const cmp = new ClassComparison(scenario.calendar.rounds);
    await cmp.addFiles([
      file('a.json', fixture('1.0.0', 'FRA-normal-strategist.json')),
      file('b.json', fixture('1.2.0', 'FRA-normal-historical.json')),
    ]);
    expect(cmp.problems).toEqual([]);
    const [a, b] = cmp.result().rows;
    for (const r of [a!, b!]) {
      expect(r.memberNames).toHaveLength(r.members);
      expect(r).not.toHaveProperty('ownPathFrom');
    }
    // 1.0.0's debrief had no reading of the final state; 1.2.0's says what was missing.
    expect(a!.why).toBe('');
    expect(b!.version).toBe('1.2.0');
    expect(b!.why.length).toBeGreaterThan(20);
  });

  it('names a file that cannot be read, escaped and cut, and keeps the rest', async () => {
    const cmp = new ClassComparison(scenario.calendar.rounds);
    await cmp.addFiles([
      file(`bad\u202egnp.${'x'.repeat(300)}.json`, '{"format":"grand-coalition-replay"'),
      file('good.json', fixture('1.0.0', 'format1-FRA-greedy.json')),
    ]);
    expect(cmp.rows.map((r) => r.name)).toEqual(['good']);
    expect(cmp.problems[0]!.name).toMatch(/^bad\\u202egnp\.x+… \(\d+ characters\)$/);
    expect(cmp.problems[0]!.error).toMatch(/^replay is not valid JSON/);
  });
});
