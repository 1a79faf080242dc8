// The CLI, `npm run sim`: its main() runs in this process with captured streams (as scripts/sim.ts
// runs it on the real ones); three real processes at the end check what only a process can show:
// the exit code, the streams and the tsx entry point.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../scripts/cli/main';

const root = join(__dirname, '..');

/** A stream that keeps what is written to it (synchronously: each write's callback is called at once). */
class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void) {
    this.text += String(chunk);
    done();
  }
}

const sim = async (...args: string[]) => {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
};
/** The real thing: `tsx scripts/sim.ts` in its own process. */
const spawnSim = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'sim.ts'), ...args], {
    encoding: 'utf8',
    cwd: root,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'gc-sim-'));

describe('npm run sim', () => {
  it('plays a whole game with a readable log, round by round', async () => {
    const r = await sim('--seed', '1');
    expect(r.code).toBe(0);
    expect(r.out).toContain('== Round 1 · Tue 17 Nov 2015 ==');
    expect(r.out).toContain('== Round 12 · Mon 28 Dec 2015 ==');
    expect(r.out).toMatch(/Outcome: (Grand coalition|Parallel campaigns|Fracture)/);
    expect(r.out).toMatch(/Meter \d+\.\d/);
  });

  it('writes the log in French with --lang fr (dates, numbers, the frame), with the same game and hash', async () => {
    const en = await sim('--seed', '1');
    const fr = await sim('--seed', '1', '--lang', 'fr');
    expect(fr.code).toBe(0);
    expect(fr.out).toContain('== Tour 1 · mar. 17 nov. 2015 ==');
    expect(fr.out).toContain('== Tour 12 · lun. 28 d\u00e9c. 2015 ==');
    expect(fr.out).toMatch(/Jauge \d+,\d/);
    expect(fr.out).not.toContain('== Round');
    // The moves and answers are the render model's sentences in French (src/ui/said.ts), names and all.
    expect(fr.out).toContain(
      '  Proposition \u00e0 la Russie\u00a0: \u00ab\u00a0L\u2019avenir d\u2019Assad\u00a0\u00bb \u00e0 47',
    );
    expect(fr.out).toMatch(
      /→ La Russie a (accept\u00e9|refus\u00e9|fait une contre-proposition) \(chance de oui\u00a0: \d+\u00a0%\)/,
    );
    // The others' initiatives (* …) and the calendar's events (! …) are the scenario's English still.
    const moves = fr.out.split('\n').filter((l) => l.startsWith('  ') && !/^ {2}[*!]/.test(l));
    expect(moves.length).toBeGreaterThan(50);
    expect(moves.join('\n')).not.toMatch(/Proposal to|Call to|Visit to|Statement:|chance of yes|Russia|United States/);
    const hash = (s: string) => /(?:Hash|Empreinte) ([0-9a-f]{64})/.exec(s)?.[1];
    expect(hash(fr.out)).toBeDefined();
    expect(hash(fr.out)).toBe(hash(en.out));
    // The next run without --lang is English again.
    expect((await sim('--seed', '1')).out).toBe(en.out);
    const bad = await sim('--lang', 'de');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--lang must be one of en, fr');
  });

  it('prints the same JSON, hash included, on two runs', async () => {
    const a = await sim('--seed', '7', '--json', '--policy', 'random');
    const b = await sim('--seed', '7', '--json', '--policy', 'random');
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

  it('writes a replay that --replay plays back and verifies; a tampered one exits 2', async () => {
    const file = join(tmp, 'game.json');
    const played = JSON.parse((await sim('--seed', '3', '--policy', 'historical', '--json', '--out', file)).out);
    const back = await sim('--replay', file, '--json');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.out)).toMatchObject({ hash: played.hash, verified: true });
    // The readable log of a replay of this build's version: every round, from the one check.
    const log = await sim('--replay', file);
    expect(log.code).toBe(0);
    expect(log.out).toContain('== Round 12 · Mon 28 Dec 2015 ==');
    expect(log.out).toContain(`Replay verified: hash ${played.hash}`);
    expect(log.out).toBe(
      (await sim('--seed', '3', '--policy', 'historical')).out
        .replace(/^Grand Coalition · [^\n]*/, '')
        .replace(/\nHash [0-9a-f]+\n$/, `\nReplay verified: hash ${played.hash}\n`),
    );
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    replay.actions.splice(1, 1);
    writeFileSync(join(tmp, 'tampered.json'), JSON.stringify(replay));
    const t = await sim('--replay', join(tmp, 'tampered.json'));
    expect(t.code).toBe(2);
    expect(t.err.trim().split('\n')).toHaveLength(1);
    expect(t.err).toMatch(/tampered\.json: replay (hash mismatch|action \d+)/);
  });

  it('plays many seeds and prints the outcome distribution', async () => {
    const r = await sim('--games', '6', '--seed', '10', '--policy', 'passive', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ games: 6, policy: 'passive', role: 'FRA' });
    expect(Object.values(j.outcomes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(6);
    expect(r.err).toContain('6/6 games');
  });

  it('prints the calendar for a teacher, as text or JSON', async () => {
    const j = JSON.parse((await sim('--calendar', '--json')).out) as {
      date: string;
      id: string;
      title: string;
      kind: string;
    }[];
    expect(j.find((e) => e.id === 'su24-shootdown')).toMatchObject({ date: '2015-11-24', kind: 'historical' });
    expect(j.filter((e) => e.kind === 'random').length).toBeGreaterThan(3);
    expect((await sim('--calendar')).out).toContain('2015-12-18');
  });

  it('lists, for a role, the record\u2019s moves of the capitals it does not play', async () => {
    type Row = { id: string; kind: string; actor?: string };
    const forRole = async (role: string) =>
      JSON.parse((await sim('--calendar', '--role', role, '--json')).out) as Row[];
    const us = await forRole('USA');
    const fr = await forRole('FRA');
    // Hollande's tour happens for an American player; a French player makes it (or not) in play.
    expect(us.find((e) => e.id === 'hollande-moscow')).toMatchObject({ actor: 'FRA', kind: 'historical' });
    expect(fr.some((e) => e.id === 'hollande-moscow')).toBe(false);
    expect(fr.find((e) => e.id === 'kerry-moscow')).toMatchObject({ actor: 'USA' });
    expect(us.some((e) => e.id === 'kerry-moscow')).toBe(false);
    // Votes and decrees are not the player's to make: they stay on every role's calendar.
    for (const list of [us, fr, await forRole('RUS')])
      for (const id of ['commons-vote', 'russia-sanctions-turkey', 's400-deployed'])
        expect(list.some((e) => e.id === id)).toBe(true);
    expect((await sim('--calendar', '--role', 'RUS')).out).toContain('hollande-washington');
  });

  it('adds the final world to the JSON with --world: positions, commitment, members, deconfliction, trust, sanctions', async () => {
    const r = await sim('--seed', '4', '--policy', 'historical', '--role', 'USA', '--json', '--world');
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
    expect(JSON.parse((await sim('--seed', '4', '--policy', 'historical', '--role', 'USA', '--json')).out).hash).toBe(
      hash,
    );
  });

  it('adds one world per seed, in seed order, with --games and --world', async () => {
    const r = await sim('--games', '3', '--seed', '20', '--policy', 'random', '--json', '--world');
    expect(r.code).toBe(0);
    const { worlds } = JSON.parse(r.out) as { worlds: { deconfliction: number }[] };
    expect(worlds).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      const one = JSON.parse((await sim('--seed', String(20 + i), '--policy', 'random', '--json', '--world')).out) as {
        world: unknown;
      };
      expect(worlds[i]).toEqual(one.world);
    }
  });

  const bad: [string[], RegExp][] = [
    [['--world'], /--world adds the final world to the JSON output/],
    [['--calendar', '--json', '--world'], /--world reads a game played here/],
    [['--bogus'], /Unknown option "--bogus"/],
    [['--seed', '-3'], /--seed needs a value that does not start with "-"/],
    [['--seed'], /--seed needs a value/],
    [['--json=yes'], /--json takes no value, got "yes"/],
    [['seven'], /unexpected argument "seven": sim takes options only/],
    [['--games', '2', '--out', 'x.json'], /--out writes one game; it cannot be combined with --games/],
    [['--seed', '1.5'], /--seed must be a whole number/],
    [['--seed', '99999999999'], /--seed must be from 0 to 4294967295/],
    [['--policy', 'clever'], /--policy must be one of/],
    [['--replay', '/nonexistent/replay.json'], /no such file: \/nonexistent\/replay\.json/],
    [['--role', 'XYZ'], /--role must be one of FRA, USA, RUS, got "XYZ"/],
    [['--seed=-3'], /--seed must be a whole number, got "-3"/],
  ];
  for (const [args, msg] of bad) {
    it(`exits 2 with one line for ${args.join(' ')}`, async () => {
      const r = await sim(...args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(msg);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    });
  }

  it('reports malformed JSON in a replay file by name', async () => {
    const f = join(tmp, 'broken.json');
    writeFileSync(f, '{ not json');
    const r = await sim('--replay', f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.json: replay is not valid JSON/);
  });
});

describe('difficulty from the command line', () => {
  it('plays a hard game and replays it; refuses an unknown level', async () => {
    const file = join(tmp, 'hard.json');
    const played = JSON.parse((await sim('--seed', '4', '--difficulty', 'hard', '--json', '--out', file)).out);
    expect(JSON.parse(readFileSync(file, 'utf8')).difficulty).toBe('hard');
    expect(JSON.parse((await sim('--replay', file, '--json')).out).hash).toBe(played.hash);
    const bad = await sim('--difficulty', 'godlike');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--difficulty must be one of easy, normal, hard/);
  });
});

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('what the CLI repeats of its input', () => {
  // Each hostile value in the place a message echoes it: an option's name, an option's value, a
  // file's name, a file's content.
  const esc = 'X\u001b[2J\nsim: ok';
  const hostile: [string, string[]][] = [
    ['a role', ['--role', esc]],
    ['an option', [`--${esc}`]],
    ['a seed', ['--seed', esc]],
    ['a policy', ['--policy', esc]],
    ['a level', ['--difficulty', esc]],
    ['a positional argument', [esc]],
    ['a boolean option with a value', [`--json=${esc}`]],
    ['a replay path', ['--replay', join(tmp, esc)]],
    ['an --out path', ['--out', join(tmp, 'no-such-folder', esc)]],
  ];
  it('writes no escape code and no line of the argument\u2019s own, and exits 2 (the exact line)', async () => {
    // What a terminal would get: main() writes only this to the process's stderr (the spawned runs
    // below show that the process adds nothing, no stack, and exits with main's code).
    const r = await sim('--role', esc);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('sim: --role must be one of FRA, USA, RUS, got "X\\u001b[2J\\u000asim: ok" (see --help)\n');
  });
  for (const [what, args] of hostile)
    it(`shows ${what} escaped, on one line, with no escape code`, async () => {
      const r = await sim(...args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.endsWith('\n')).toBe(true);
      expect(r.err.trimEnd()).not.toMatch(CONTROL);
      expect(r.err).toContain('X\\u001b[2J\\u000asim: ok');
    });

  it('cuts a 100,000-character value to a few dozen characters and says how long it was', async () => {
    const long = 'R'.repeat(100_000);
    for (const args of [['--role', long], ['--policy', long], ['--seed', '9'.repeat(100_000)], [`--${long}`]]) {
      const r = await sim(...args);
      expect(r.code).toBe(2);
      expect(r.err.length).toBeLessThan(240);
      expect(r.err).toMatch(/… \(100,?00[02] characters\)/);
    }
  });

  it('escapes what a replay file says when it is refused', async () => {
    const f = join(tmp, 'voice.json');
    writeFileSync(f, `{"format":"${esc}${'x'.repeat(5000)}"}`);
    const r = await sim('--replay', f);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd()).not.toMatch(CONTROL);
    expect(r.err.length).toBeLessThan(400);
  });
});

describe('replay files in UTF-8 or UTF-16, with or without a byte-order mark', () => {
  const bom = { utf8: [0xef, 0xbb, 0xbf], le: [0xff, 0xfe], be: [0xfe, 0xff] };
  const encode = (text: string, as: 'utf8' | 'le' | 'be'): Buffer => {
    if (as === 'utf8') return Buffer.from(text, 'utf8');
    const le = Buffer.from(text, 'utf16le');
    return as === 'le' ? le : Buffer.from(le).swap16();
  };
  it('read the same in the CLI as in the browser: verified with the one hash, or refused with one message', async () => {
    const file = join(tmp, 'plain.json');
    const { hash } = JSON.parse((await sim('--seed', '5', '--json', '--out', file)).out) as { hash: string };
    const text = readFileSync(file, 'utf8');
    const { readReplayFile } = await import('../src/app/replayFile');
    const cases: [string, Buffer, boolean][] = [
      ['UTF-8', encode(text, 'utf8'), true],
      ['UTF-8 with a BOM', Buffer.concat([Buffer.from(bom.utf8), encode(text, 'utf8')]), true],
      ['UTF-16LE with a BOM', Buffer.concat([Buffer.from(bom.le), encode(text, 'le')]), true],
      ['UTF-16BE with a BOM', Buffer.concat([Buffer.from(bom.be), encode(text, 'be')]), true],
      // Without a mark, UTF-16 is not guessed at: refused, the same way by both.
      ['UTF-16LE without a BOM', encode(text, 'le'), false],
      ['UTF-16BE without a BOM', encode(text, 'be'), false],
      // A mark that says UTF-16 on UTF-8 bytes: decoded as it says, and refused.
      ['UTF-8 behind a UTF-16LE BOM', Buffer.concat([Buffer.from(bom.le), encode(text, 'utf8')]), false],
    ];
    for (const [name, bytes, opens] of cases) {
      const f = join(tmp, `${name}.json`);
      writeFileSync(f, bytes);
      const cli = await sim('--replay', f, '--json');
      // The browser's reader, given the same bytes as a File (a Blob with a name).
      const browser = await readReplayFile(new Blob([new Uint8Array(bytes)]));
      expect({ name, code: cli.code, ok: browser.ok }).toEqual({ name, code: opens ? 0 : 2, ok: opens });
      if (opens) {
        expect(JSON.parse(cli.out).hash).toBe(hash);
        expect(browser.ok && 'checked' in browser && browser.checked.hash).toBe(hash);
      } else expect(cli.err).toBe(`sim: ${f.replace(/[\\]/g, '\\\\')}: ${!browser.ok && browser.error}\n`);
    }
  });
});

describe('the CLI as a process (tsx scripts/sim.ts)', () => {
  it('plays, writes a replay, prints the same JSON as main() and exits 0', async () => {
    const file = join(tmp, 'spawned.json');
    const r = spawnSim('--seed', '6', '--policy', 'random', '--json', '--out', file);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe((await sim('--seed', '6', '--policy', 'random', '--json')).out);
    expect(readFileSync(file, 'utf8')).toContain('"seed": 6');
  });

  it('refuses a tampered replay with exit code 2 and one line on stderr, no stack', () => {
    const replay = JSON.parse(readFileSync(join(tmp, 'spawned.json'), 'utf8'));
    replay.actions.splice(0, 1);
    writeFileSync(join(tmp, 'spawned-tampered.json'), JSON.stringify(replay));
    const bad = spawnSim('--replay', join(tmp, 'spawned-tampered.json'));
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/^sim: [^\n]*spawned-tampered\.json: replay [^\n]*\n$/);
  });
});
