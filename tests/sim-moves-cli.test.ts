// `npm run sim -- --moves FILE` through the CLI's main(argv, io): the option's place among the others.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../scripts/cli/main';

const tmp = mkdtempSync(join(tmpdir(), 'gc-moves-cli-'));
const line = join(tmp, 'line.json');
writeFileSync(
  line,
  JSON.stringify({ name: 'Calls', role: 'RUS', rounds: { 0: [{ type: 'call', target: 'FRA' }, { type: 'wave' }] } }),
);
writeFileSync(
  line.replace('line', 'good'),
  JSON.stringify({ name: 'Calls', role: 'RUS', rounds: { 0: [{ type: 'call', target: 'XX' }] } }),
);
const good = line.replace('line', 'good');

async function sim(...argv: string[]) {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        f(String(chunk));
        done();
      },
    });
  const code = await main(argv, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)) });
  return { code, out, err };
}

describe('sim --moves on the command line', () => {
  it('plays the file and prints JSON with the refused moves; --games counts seeds', async () => {
    const r = await sim('--moves', good, '--json', '--seed', '5');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      seed: 5,
      role: 'RUS',
      policy: 'moves',
      moves: 'Calls',
      skipped: [{ round: 0, index: 0, move: { type: 'call', target: 'XX' }, reason: 'unknown actor "XX"' }],
    });
    const g = await sim('--moves', good, '--games', '2', '--json', '--world');
    expect(JSON.parse(g.out)).toMatchObject({ games: 2, policy: 'moves', skipped: [{ seeds: 2 }] });
    expect(JSON.parse(g.out).worlds).toHaveLength(2);
  });

  it('exits 2 with one line for a bad file or an option the file decides', async () => {
    const bad = await sim('--moves', line);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^sim: .*line\.json: invalid at rounds\.0\.1: unknown type of move "wave".*\n$/);
    expect(bad.err.split('\n')).toHaveLength(2);
    const none = await sim('--moves', join(tmp, 'none.json'));
    expect([none.code, none.err]).toEqual([2, expect.stringMatching(/^sim: no such file: .*none\.json\n$/)]);
    for (const extra of [['--role', 'FRA'], ['--policy', 'greedy'], ['--difficulty', 'hard'], ['--calendar']]) {
      const r = await sim('--moves', good, ...extra);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.err).toMatch(/--moves plays the file's own role, level and moves: it cannot be combined with --/);
    }
  });
});
