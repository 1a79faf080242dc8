import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const sim = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'sim.ts'), ...args], {
    encoding: 'utf8',
    cwd: root,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'gc-sim-'));

describe('npm run sim', () => {
  it('plays a whole game with a readable log, round by round', () => {
    const r = sim('--seed', '1');
    expect(r.code).toBe(0);
    expect(r.out).toContain('== Round 1 · Tue 17 Nov 2015 ==');
    expect(r.out).toContain('== Round 12 · Mon 28 Dec 2015 ==');
    expect(r.out).toMatch(/Outcome: (Grand coalition|Parallel campaigns|Fracture)/);
    expect(r.out).toMatch(/Meter \d+\.\d/);
  });

  it('prints the same JSON, hash included, on two runs', () => {
    const a = sim('--seed', '7', '--json', '--policy', 'random');
    const b = sim('--seed', '7', '--json', '--policy', 'random');
    expect(a.code).toBe(0);
    const ja = JSON.parse(a.out);
    expect(ja).toMatchObject({ seed: 7, role: 'FRA', policy: 'random', rounds: 12 });
    expect(Object.keys(ja).sort()).toEqual([
      'hash',
      'meter',
      'outcome',
      'policy',
      'role',
      'rounds',
      'scenario',
      'seed',
    ]);
    expect(ja.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.out).toBe(a.out);
  });

  it('writes a replay that --replay plays back and verifies; a tampered one exits 2', () => {
    const file = join(tmp, 'game.json');
    const played = JSON.parse(sim('--seed', '3', '--policy', 'historical', '--json', '--out', file).out);
    const back = sim('--replay', file, '--json');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.out)).toMatchObject({ hash: played.hash, verified: true });
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    replay.actions.splice(1, 1);
    writeFileSync(join(tmp, 'tampered.json'), JSON.stringify(replay));
    const t = sim('--replay', join(tmp, 'tampered.json'));
    expect(t.code).toBe(2);
    expect(t.err.trim().split('\n')).toHaveLength(1);
    expect(t.err).toMatch(/tampered\.json: replay (hash mismatch|action \d+)/);
  });

  it('plays many seeds and prints the outcome distribution', () => {
    const r = sim('--games', '6', '--seed', '10', '--policy', 'passive', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ games: 6, policy: 'passive', role: 'FRA' });
    expect(Object.values(j.outcomes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(6);
    expect(r.err).toContain('6/6 games');
  });

  it('prints the calendar for a teacher, as text or JSON', () => {
    const j = JSON.parse(sim('--calendar', '--json').out) as {
      date: string;
      id: string;
      title: string;
      kind: string;
    }[];
    expect(j.find((e) => e.id === 'su24-shootdown')).toMatchObject({ date: '2015-11-24', kind: 'historical' });
    expect(j.filter((e) => e.kind === 'random').length).toBeGreaterThan(3);
    expect(sim('--calendar').out).toContain('2015-12-18');
  });

  const bad: [string[], RegExp][] = [
    [['--bogus'], /Unknown option '--bogus'/],
    [['--seed', '-3'], /--seed needs a value/],
    [['--seed', '1.5'], /--seed must be a whole number/],
    [['--seed', '99999999999'], /--seed must be from 0 to 4294967295/],
    [['--policy', 'clever'], /--policy must be one of/],
    [['--replay', '/nonexistent/replay.json'], /no such file: \/nonexistent\/replay\.json/],
    [['--role', 'XYZ'], /--role must be one of/],
  ];
  for (const [args, msg] of bad) {
    it(`exits 2 with one line for ${args.join(' ')}`, () => {
      const r = sim(...args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(msg);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    });
  }

  it('reports malformed JSON in a replay file by name', () => {
    const f = join(tmp, 'broken.json');
    writeFileSync(f, '{ not json');
    const r = sim('--replay', f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.json: replay is not valid JSON/);
  });
});

describe('difficulty from the command line', () => {
  it('plays a hard game and replays it; refuses an unknown level', () => {
    const file = join(tmp, 'hard.json');
    const played = JSON.parse(sim('--seed', '4', '--difficulty', 'hard', '--json', '--out', file).out);
    expect(JSON.parse(readFileSync(file, 'utf8')).difficulty).toBe('hard');
    expect(JSON.parse(sim('--replay', file, '--json').out).hash).toBe(played.hash);
    const bad = sim('--difficulty', 'godlike');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--difficulty must be one of easy, normal, hard/);
  });
});
