// Every released scenario stays playable: each release's golden replays verify with the hash its
// build recorded, through the loader that dispatches by scenario version, and the frozen rules are
// byte for byte what was released.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFragment, openReplay, openReplayText } from '../src/release/load';
import { checkRecord } from '../src/app/recordCheck';
import { CURRENT_VERSION, KNOWN_VERSIONS } from '../src/release/registry';
import { FROZEN } from '../src/release/frozen';
import { RAISE_VERSION } from '../scripts/released';
import { HASH_LIBS } from '../scripts/variants/checkout';
// @ts-expect-error -- the freeze script's import graph, a plain ES module without types
import { reachable, walk } from '../scripts/release-graph.mjs';

const root = join(__dirname, '..');
const fixtures = join(__dirname, 'fixtures', 'replays');
const versions = readdirSync(fixtures).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
/**
 * Every frozen folder: releases (releases/<version>), variants (releases/<version>+<commit>) and what
 * reads the games played together of a release frozen without it (releases/<version>-together).
 */
const folders = readdirSync(join(root, 'releases')).filter(
  (d) => /^\d+\.\d+\.\d+(\+[0-9a-f]{7}|-together)?$/.test(d) && existsSync(join(root, 'releases', d, 'MANIFEST.json')),
);
/**
 * The bytes of `paths` at `commit`, read by one `git cat-file --batch` (one process for a folder's
 * files, not one `git show` each); a path missing at the commit reads as null.
 */
function gitFiles(commit: string, paths: string[]): (Buffer | null)[] {
  const out = execFileSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: paths.map((p) => `${commit}:${p}\n`).join(''),
    maxBuffer: 1 << 28,
  });
  const files: (Buffer | null)[] = [];
  let at = 0;
  for (const p of paths) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    const m = /^[0-9a-f]{40,64} blob (\d+)$/.exec(header);
    if (!m) {
      // "<commit>:<path> missing" (or not a file): nothing of it to compare.
      expect(header, p).toMatch(/ missing$|^[0-9a-f]+ (tree|commit)/);
      files.push(null);
      at = eol + 1;
      continue;
    }
    const size = Number(m[1]);
    files.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  expect(at).toBe(out.length);
  return files;
}

describe('released scenario versions', () => {
  it('every version with golden replays is known to this build, and every frozen one has fixtures', () => {
    for (const v of versions) expect(KNOWN_VERSIONS).toContain(v);
    for (const v of Object.keys(FROZEN)) expect(versions).toContain(v);
    expect(KNOWN_VERSIONS).toContain(CURRENT_VERSION);
  });

  it('the libraries that decide hashes are pinned to exact versions', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const n of HASH_LIBS) expect(pkg.dependencies[n], n).toMatch(/^\d+\.\d+\.\d+$/);
  });

  for (const d of folders) {
    const dir = join('releases', d);
    const manifest = JSON.parse(readFileSync(join(root, dir, 'MANIFEST.json'), 'utf8')) as {
      version: string;
      commit: string;
      files: Record<string, string>;
    };
    it(`${dir} holds the files its commit released, unedited`, () => {
      expect(d.startsWith(manifest.version)).toBe(true);
      expect(Object.keys(manifest.files).length).toBeGreaterThan(20);
      for (const [f, sha] of Object.entries(manifest.files)) {
        const p = join(root, dir, f);
        expect(existsSync(p), f).toBe(true);
        expect(createHash('sha256').update(readFileSync(p)).digest('hex'), f).toBe(sha);
      }
    });

    it(`${dir} holds only what its entry reaches, each file byte for byte what ${manifest.commit.slice(0, 7)} released`, () => {
      const reached = (reachable(join(root, dir), join(root, dir, 'entry.ts')) as string[]).sort();
      const kept = walk(join(root, dir, 'src')).map((f: string) => relative(join(root, dir), f));
      expect(Object.keys(manifest.files).sort()).toEqual(reached);
      expect(kept.sort()).toEqual(reached);
      // Against the commit itself (main's history, as the hash guard needs): the manifest cannot drift.
      const entries = Object.entries(manifest.files);
      const atCommit = gitFiles(
        manifest.commit,
        entries.map(([f]) => f),
      );
      entries.forEach(([f, sha], i) => {
        const bytes = atCommit[i];
        expect(bytes, `${f} at ${manifest.commit}`).not.toBeNull();
        expect(createHash('sha256').update(bytes!).digest('hex'), f).toBe(sha);
      });
    });
  }

  for (const v of Object.keys(FROZEN)) {
    it(`releases/${v} describes its own scenario`, async () => {
      const r = await FROZEN[v]!();
      expect(r.version).toBe(v);
      expect(r.frozen).toMatch(/^[0-9a-f]{40}$/);
      expect(r.scenario.roles.length).toBeGreaterThan(1);
      expect(r.scenario.rounds.length).toBe(12);
    });
  }
});

for (const v of versions) {
  const dir = join(fixtures, v);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  describe(`golden replays of scenario ${v}`, () => {
    for (const f of files) {
      it(`${f} verifies with its recorded hash, in the rules of ${v}`, async () => {
        const text = readFileSync(join(dir, f), 'utf8');
        const recorded = (JSON.parse(text) as { hash: string }).hash;
        const r = await openReplayText(text);
        expect(r.ok ? r.checked.hash : r.error, `${v}/${f} no longer verifies. ${RAISE_VERSION}`).toBe(recorded);
        if (!r.ok) return;
        expect(r.release.version).toBe(v);
        expect(r.checked.summary.hash).toBe(recorded);
        // Watched, compared and taken over in its own version.
        const frames = r.checked.frames();
        const last = frames.at(frames.lastRound);
        expect(last.round.round).toBe(frames.lastRound);
        expect(last.game.actors.length).toBeGreaterThan(5);
        expect(r.checked.row(f).version).toBe(v);
        const resumed = r.release.start(
          r.checked.replay.seed,
          r.checked.replay.role,
          r.checked.replay.difficulty,
          r.checked.replay.actions,
        );
        expect(resumed.ok && resumed.game.hash()).toBe(recorded);
      });
      // A variant's game (`<commit>-*.json`) verifies in its variant, not in the release's own copy.
      if (FROZEN[v] && v === CURRENT_VERSION && !/^[0-9a-f]{7}-/.test(f))
        it(`${f} verifies in the frozen copy of ${v} too, ready for when ${v} is no longer current`, async () => {
          const text = readFileSync(join(dir, f), 'utf8');
          const frozen = await FROZEN[v]!();
          const r = frozen.check(JSON.parse(text));
          expect(r.ok ? r.checked.hash : r.error).toBe((JSON.parse(text) as { hash: string }).hash);
          if (!r.ok) return;
          // Its entry plays too (a take-over continues in the frozen rules), not only checks.
          const { seed, role, difficulty, actions } = r.checked.replay;
          const resumed = frozen.start(seed, role, difficulty, actions);
          expect(resumed.ok ? resumed.game.hash() : resumed.error).toBe(r.checked.hash);
        });
    }
  });
}

const saves = join(__dirname, 'fixtures', 'saves');
for (const v of readdirSync(saves).filter((d) => /^\d+\.\d+\.\d+$/.test(d))) {
  describe(`links and autosave records of scenario ${v}`, () => {
    it('the link opens in the rules of its release with the hash of its game', async () => {
      const link = readFileSync(join(saves, v, 'link.txt'), 'utf8').trim();
      const r = await openFragment(link);
      const golden = JSON.parse(readFileSync(join(fixtures, v, 'FRA-normal-strategist.json'), 'utf8')) as {
        hash: string;
      };
      expect(r.ok ? [r.release.version, r.checked.hash] : r.error).toEqual([v, golden.hash]);
    });

    it('the autosave record passes the store check and continues in its release', async () => {
      const stored = JSON.parse(readFileSync(join(saves, v, 'autosave-record.json'), 'utf8')) as { id: string };
      const checked = checkRecord(stored.id, stored);
      if (!checked.ok) throw new Error(checked.reason);
      const rec = checked.record;
      const r = await openReplay(rec.replay);
      expect(r.ok ? r.release.version : r.error).toBe(v);
      if (!r.ok) return;
      expect(r.checked.summary.outcome).toBeNull();
      const g = r.release.start(rec.seed, rec.role, r.checked.replay.difficulty, r.checked.replay.actions);
      expect(g.ok && g.game.phase()).toBe('briefing');
      expect(g.ok && g.game.play({ type: 'end' })).toBeNull();
    });
  });
}
