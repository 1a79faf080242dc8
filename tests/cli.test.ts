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
    // The readable log of a replay of this build's version: every round, from the one check.
    const log = sim('--replay', file);
    expect(log.code).toBe(0);
    expect(log.out).toContain('== Round 12 · Mon 28 Dec 2015 ==');
    expect(log.out).toContain(`Replay verified: hash ${played.hash}`);
    expect(log.out).toBe(
      sim('--seed', '3', '--policy', 'historical')
        .out.replace(/^Grand Coalition · [^\n]*/, '')
        .replace(/\nHash [0-9a-f]+\n$/, `\nReplay verified: hash ${played.hash}\n`),
    );
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

  it('lists, for a role, the record\u2019s moves of the capitals it does not play', () => {
    type Row = { id: string; kind: string; actor?: string };
    const forRole = (role: string) => JSON.parse(sim('--calendar', '--role', role, '--json').out) as Row[];
    const us = forRole('USA');
    const fr = forRole('FRA');
    // Hollande's tour happens for an American player; a French player makes it (or not) in play.
    expect(us.find((e) => e.id === 'hollande-moscow')).toMatchObject({ actor: 'FRA', kind: 'historical' });
    expect(fr.some((e) => e.id === 'hollande-moscow')).toBe(false);
    expect(fr.find((e) => e.id === 'kerry-moscow')).toMatchObject({ actor: 'USA' });
    expect(us.some((e) => e.id === 'kerry-moscow')).toBe(false);
    // Votes and decrees are not the player's to make: they stay on every role's calendar.
    for (const list of [us, fr, forRole('RUS')])
      for (const id of ['commons-vote', 'russia-sanctions-turkey', 's400-deployed'])
        expect(list.some((e) => e.id === id)).toBe(true);
    expect(sim('--calendar', '--role', 'RUS').out).toContain('hollande-washington');
  });

  it('adds the final world to the JSON with --world: positions, commitment, members, deconfliction, trust, sanctions', () => {
    const r = sim('--seed', '4', '--policy', 'historical', '--role', 'USA', '--json', '--world');
    expect(r.code).toBe(0);
    const { world, hash } = JSON.parse(r.out) as {
      hash: string;
      world: {
        positions: Record<string, Record<string, number>>;
        commitment: Record<string, number>;
        members: string[];
        deconfliction: number;
        trust: Record<string, Record<string, number>>;
        sanctions: { from: string; to: string }[];
      };
    };
    expect(Object.keys(world).sort()).toEqual([
      'commitment',
      'deconfliction',
      'members',
      'positions',
      'sanctions',
      'trust',
    ]);
    expect(world.positions.RUS!.target).toBeGreaterThanOrEqual(0);
    expect(world.members).toContain('USA');
    expect(world.members).not.toContain('NATO');
    expect(world.trust.RUS!.TUR).toBeLessThan(0);
    // The record's sanctions, those of 17 November and Moscow's decree on Ankara, are in force.
    expect(world.sanctions).toContainEqual({ from: 'RUS', to: 'TUR' });
    expect(world.sanctions).toContainEqual({ from: 'USA', to: 'RUS' });
    // The world is read off the same game: the hash is the one without --world.
    expect(JSON.parse(sim('--seed', '4', '--policy', 'historical', '--role', 'USA', '--json').out).hash).toBe(hash);
  });

  it('adds one world per seed, in seed order, with --games and --world', () => {
    const r = sim('--games', '3', '--seed', '20', '--policy', 'random', '--json', '--world');
    expect(r.code).toBe(0);
    const { worlds } = JSON.parse(r.out) as { worlds: { deconfliction: number }[] };
    expect(worlds).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      const one = JSON.parse(sim('--seed', String(20 + i), '--policy', 'random', '--json', '--world').out) as {
        world: unknown;
      };
      expect(worlds[i]).toEqual(one.world);
    }
  });

  const bad: [string[], RegExp][] = [
    [['--world'], /--world adds the final world to the JSON output/],
    [['--calendar', '--json', '--world'], /--world reads a game played here/],
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
