// The next freeze keeps games played together readable: scripts/release-freeze.mjs, run on this
// commit in a temporary checkout (never committed), writes a release whose entry reaches
// rules/together.ts, replays/together.ts and view/together.ts, and that frozen release reads a
// replay of a game played together with the same hash, frames, checklists and row as the current
// code. (Releases 1.4.0 to 1.6.0 were frozen without them: releases/README.md, "Games played
// together"; `--together <version>` keeps them beside the folder, and the last test here writes
// releases/1.6.0-together again from 57cbfa4 and finds it byte for byte as committed.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAnyText } from '../src/release/load';
import type { Release } from '../src/release/types';
import { CURRENT_VERSION } from '../src/release/registry';

const root = join(__dirname, '..');
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const TOGETHER = join(__dirname, 'fixtures/together/1.7.0-FRA-USA-RUS-strategist-11.json');
const text = readFileSync(TOGETHER, 'utf8');
const head = git('rev-parse', 'HEAD');
// The fixture is of 1.7.0; once 1.7.0 is frozen for good its own release reads it (tests/releases.test.ts).
const declared = /^\s*version:\s*'(\d+\.\d+\.\d+)'/m.exec(
  git('grep', '-h', '-E', "^\\s*version: '[0-9]+\\.[0-9]+\\.[0-9]+'", head, '--', 'src/data'),
)?.[1];

const dir = mkdtempSync(join(tmpdir(), 'gc-freeze-'));
afterAll(() => {
  try {
    git('worktree', 'remove', '--force', dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe.runIf(declared === '1.7.0' && !existsSync(join(root, 'releases', '1.7.0')))(
  'freezing this commit (temporary checkout)',
  () => {
    let release: Release;
    it('the entry reaches the modules of games played together, each byte for byte as committed', async () => {
      git('worktree', 'add', '--detach', dir, head);
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      execFileSync('node', ['scripts/release-freeze.mjs', head, '1.7.0'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const manifest = JSON.parse(readFileSync(join(dir, 'releases/1.7.0/MANIFEST.json'), 'utf8')) as {
        files: Record<string, string>;
      };
      for (const f of ['src/state/rules/together.ts', 'src/state/replays/together.ts', 'src/state/view/together.ts'])
        expect(Object.keys(manifest.files), f).toContain(f);
      const entry = readFileSync(join(dir, 'releases/1.7.0/entry.ts'), 'utf8');
      expect(entry).toMatch(/together: \{ checkTogether, foldTogether, togetherDebrief, roundMoves \}/);
      release = ((await import(join(dir, 'releases/1.7.0/entry.ts'))) as { default: Release }).default;
      expect(release.frozen).toBe(head);
    }, 120_000);

    it('the frozen release reads a game played together as the current code does: hash, frames, checklists, row', async () => {
      expect(CURRENT_VERSION).toBe('1.7.0');
      const now = await openAnyText(text);
      if (!now.ok || !('together' in now)) throw new Error(now.ok ? 'one-player' : now.error);
      const r = release.checkTogether!(JSON.parse(text));
      if (!r.ok) throw new Error(r.error);
      const [a, b] = [r.checked, now.together];
      expect(a.hash).toBe(b.hash);
      expect(a.hash).toBe((JSON.parse(text) as { hash: string }).hash);
      const [fa, fb] = [a.frames(), b.frames()];
      expect(fa.lastRound).toBe(fb.lastRound);
      for (const k of [0, 3, fa.lastRound]) {
        expect(fa.at(k).moves).toEqual(fb.at(k).moves);
        expect(fa.at(k).round.meterBefore).toBe(fb.at(k).round.meterBefore);
      }
      expect(a.debrief().goals.map((g) => [g.role, g.met])).toEqual(b.debrief().goals.map((g) => [g.role, g.met]));
      expect(a.row('t')).toEqual(b.row('t'));
      // Its one-player games too.
      const one = readFileSync(join(__dirname, 'fixtures/replays/1.7.0/USA-normal-strategist.json'), 'utf8');
      const c = release.check(JSON.parse(one));
      expect(c.ok && c.checked.hash).toBe((JSON.parse(one) as { hash: string }).hash);
    }, 120_000);
  },
);

/** Every file under a folder, relative to it. */
const files = (d: string, at = ''): string[] =>
  readdirSync(join(d, at)).flatMap((f) =>
    statSync(join(d, at, f)).isDirectory() ? files(d, join(at, f)) : [join(at, f)],
  );

describe('a release frozen without what reads its games played together', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'gc-freeze-t-'));
  afterAll(() => {
    try {
      git('worktree', 'remove', '--force', tmp);
    } catch {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
  it('`release:freeze -- --together 1.6.0` writes releases/1.6.0-together again, byte for byte, from 57cbfa4', () => {
    git('worktree', 'add', '--detach', tmp, head);
    symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    rmSync(join(tmp, 'releases/1.6.0-together'), { recursive: true });
    const out = execFileSync('node', ['scripts/release-freeze.mjs', '--together', '1.6.0'], {
      cwd: tmp,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toMatch(/from 57cbfa4: \d+ files/);
    const [made, kept] = [join(tmp, 'releases/1.6.0-together'), join(root, 'releases/1.6.0-together')];
    expect(files(made).sort()).toEqual(files(kept).sort());
    for (const f of files(kept))
      expect(readFileSync(join(made, f), 'utf8'), f).toBe(readFileSync(join(kept, f), 'utf8'));
    // The registry it regenerates is the committed one, and a second run refuses (frozen once).
    expect(readFileSync(join(tmp, 'src/release/frozen.ts'), 'utf8')).toBe(
      readFileSync(join(root, 'src/release/frozen.ts'), 'utf8'),
    );
    expect(() =>
      execFileSync('node', ['scripts/release-freeze.mjs', '--together', '1.6.0'], { cwd: tmp, stdio: 'pipe' }),
    ).toThrow(/frozen already/);
    // A release that reads its games played together already, or had none, gets no such folder.
    expect(() =>
      execFileSync('node', ['scripts/release-freeze.mjs', '--together', '1.3.0'], { cwd: tmp, stdio: 'pipe' }),
    ).toThrow(/does not export checkTogether/);
  }, 120_000);
});
