// Every rule set that reached main opens its own games: the history walk (npm run variants) found the
// variants of each scenario version (releases/variants.json); each is frozen (tests/releases.test.ts
// checks the folders); each variant's golden replays (tests/fixtures/replays/<version>/<commit>-*.json,
// made by that commit with its own CLI) open through the shipped loader in the variant that covers the
// commit, and not in the release's own rules; and a hash that no rule set gives reads as a development
// build's or an edited file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReplayText } from '../src/release/load';
import { FROZEN, VARIANTS } from '../src/release/frozen';
import { releaseFor } from '../src/release/registry';

const root = join(__dirname, '..');
const fixtures = join(__dirname, 'fixtures', 'replays');
const table = JSON.parse(readFileSync(join(root, 'releases', 'variants.json'), 'utf8')) as {
  variants: { version: string; commit: string; commits: string[] }[];
};
const frozenCommit = (v: string) =>
  (JSON.parse(readFileSync(join(root, 'releases', v, 'MANIFEST.json'), 'utf8')) as { commit: string }).commit;

describe('the variants main shipped', () => {
  it('every variant the history walk found is frozen, as its release or as a variant of it', () => {
    for (const v of table.variants) {
      const asRelease = Object.hasOwn(FROZEN, v.version) && frozenCommit(v.version) === v.commit;
      const asVariant = (VARIANTS[v.version] ?? []).some((x) => x.commit === v.commit);
      expect(asRelease || asVariant, `${v.version} as ${v.commit.slice(0, 7)} played it`).toBe(true);
    }
    for (const [version, list] of Object.entries(VARIANTS))
      for (const x of list)
        expect(table.variants.some((v) => v.version === version && v.commit === x.commit)).toBe(true);
  });

  it('each variant has golden replays made by a commit it covers', () => {
    for (const [version, list] of Object.entries(VARIANTS))
      for (const x of list) {
        const covers = table.variants.find((v) => v.commit === x.commit)!.commits;
        const files = readdirSync(join(fixtures, version)).filter((f) => covers.includes(f.slice(0, 7)));
        expect(files.length, `${version} as ${x.commit.slice(0, 7)} played it`).toBeGreaterThan(0);
      }
  });
});

for (const version of readdirSync(fixtures).filter((v) => /^\d+\.\d+\.\d+$/.test(v))) {
  const files = readdirSync(join(fixtures, version)).filter((f) => /^[0-9a-f]{7}-.*\.json$/.test(f));
  if (!files.length) continue;
  describe(`games of scenario ${version} made by its other rule sets`, () => {
    for (const f of files)
      it(`${f} opens in the rules of the variant that covers ${f.slice(0, 7)} (its hash says which), and plays on there`, async () => {
        const variant = table.variants.find((v) => v.version === version && v.commits.includes(f.slice(0, 7)));
        expect(variant, `${f.slice(0, 7)} is not a commit of ${version} in releases/variants.json`).toBeDefined();
        const text = readFileSync(join(fixtures, version, f), 'utf8');
        const recorded = (JSON.parse(text) as { hash: string }).hash;
        const own = (await releaseFor(version))!.check(JSON.parse(text));
        expect(own.ok, `${f} verifies in release ${version}'s own rules: its maker is no variant`).toBe(false);
        const r = await openReplayText(text);
        expect(r.ok ? [r.release.frozen, r.checked.hash] : r.error).toEqual([variant!.commit, recorded]);
        if (!r.ok) return;
        // Watched round by round, compared, and taken over in the rules that made it.
        const frames = r.checked.frames();
        expect(frames.lastRound).toBe(11);
        expect(frames.at(frames.lastRound).game.actors.length).toBeGreaterThan(5);
        expect(r.checked.row(f).version).toBe(version);
        const { seed, role, difficulty, actions } = r.checked.replay;
        const resumed = r.release.start(seed, role, difficulty, actions);
        expect(resumed.ok ? resumed.game.hash() : resumed.error).toBe(recorded);
        const taken = r.release.start(seed, role, difficulty, r.release.actionsBeforeRound(r.checked.replay, 2));
        // Its talks offer each move priced and judged by that rule set's own costs (a visit is two points).
        if (taken.ok) {
          taken.game.beginDiplomacy();
          const { moves, ap } = taken.game.view(null);
          expect(moves.visit).toEqual({ cost: 2, allowed: ap >= 2, why: null });
          expect(Object.keys(moves).sort()).toEqual(['call', 'concession', 'proposal', 'statement', 'visit']);
        }
        expect(taken.ok && taken.game.play({ type: 'end' })).toBeNull();
        // What a take-over saves opens again with its hash (its first rounds may read alike in several
        // rule sets of the version: any that gives the hash plays it on the same).
        const again = taken.ok ? await openReplayText(JSON.stringify(taken.game.replay())) : null;
        expect(again?.ok ? again.checked.hash : again?.error).toBe(taken.ok && taken.game.hash());
      });
  });
}

describe('a hash no rule set gives', () => {
  it('reads as made by a development build or edited, not as edited', async () => {
    const v = Object.keys(VARIANTS)[0]!;
    const f = readdirSync(join(fixtures, v)).find((x) => x.endsWith('.json'))!;
    const replay = JSON.parse(readFileSync(join(fixtures, v, f), 'utf8')) as { hash: string };
    const r = await openReplayText(JSON.stringify({ ...replay, hash: '0'.repeat(64) }));
    expect(r.ok ? 'opened' : r.error).toMatch(
      new RegExp(
        `^replay hash mismatch: .*\\(no build of scenario ${v.replace(/\./g, '\\.')} that reached main gives it, of ${VARIANTS[v]!.length + 1} rule sets: made by a development build, or edited\\)$`,
      ),
    );
  });
});
