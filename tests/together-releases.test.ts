// Games played together made by released builds open forever. Together play reached main under
// scenario 1.4.0 (88d3397) and was played under 1.4.0, 1.5.0 and 1.6.0, whose folders were frozen
// without the module that checks those replays (replays/together.ts). Those folders are never edited:
// releases/<version>-together keeps, from the same commit, the files each lacks (and what they
// import), and the loader reads the version's games played together there. Each fixture under
// tests/fixtures/together/<version>/ was played by that commit's own CLI (`npm run sim -- --roles
// FRA,USA,RUS --policy strategist --seed 7 --out F` in a checkout of the commit its name starts with);
// beside it, `<name>.cli.txt` is what that commit's CLI printed for `--replay F --json`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../scripts/cli/main';
import { ClassComparison } from '../src/app/compare';
import { FROZEN, TOGETHER } from '../src/release/frozen';
import { openAnyFragment, openAnyReplay, openAnyText } from '../src/release/load';
import { replayFragment } from '../src/state/replays/link';

const root = join(__dirname, '..');
const fixtures = join(__dirname, 'fixtures', 'together');
const versions = readdirSync(fixtures).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
const manifest = (d: string) =>
  JSON.parse(readFileSync(join(root, 'releases', d, 'MANIFEST.json'), 'utf8')) as {
    version: string;
    commit: string;
    supplementOf?: string;
    files: Record<string, string>;
  };

interface File7 {
  scenario: { version: string };
  roles: string[];
  moves: { round: number; role: string; index: number; action: { type: string } }[];
  hash: string;
}

describe('the releases frozen without what reads their games played together', () => {
  it('each has those files beside it, from its own commit, and a game of each made by a build of that version', () => {
    expect(Object.keys(TOGETHER).sort()).toEqual(['1.4.0', '1.5.0', '1.6.0']);
    expect(versions).toEqual(expect.arrayContaining(Object.keys(TOGETHER)));
    for (const v of Object.keys(TOGETHER)) {
      const [base, kept] = [manifest(v), manifest(`${v}-together`)];
      expect(kept.supplementOf).toBe(v);
      expect(kept.commit).toBe(base.commit);
      // It keeps what the release's folder lacks: the replay check of games played together...
      expect(Object.keys(base.files)).not.toContain('src/state/replays/together.ts');
      expect(Object.keys(kept.files)).toContain('src/state/replays/together.ts');
      // ...and what that imports, the same bytes as the folder's own copy wherever both hold a file.
      for (const [f, sha] of Object.entries(kept.files)) if (base.files[f]) expect(sha, f).toBe(base.files[f]);
    }
  });

  it('the release folders themselves still cannot read them (they were not edited)', async () => {
    for (const v of Object.keys(TOGETHER)) expect((await FROZEN[v]!()).checkTogether, v).toBeNull();
  });
});

for (const v of versions) {
  const files = readdirSync(join(fixtures, v)).filter((f) => f.endsWith('.json'));
  describe(`games played together in scenario ${v}`, () => {
    for (const f of files) {
      const text = readFileSync(join(fixtures, v, f), 'utf8');
      const file = JSON.parse(text) as File7;

      it(`${f} opens in the rules of ${v}, verified with the hash its build wrote`, async () => {
        expect(file.scenario.version).toBe(v);
        const r = await openAnyText(text);
        if (!r.ok) throw new Error(r.error);
        if (!('together' in r)) throw new Error('read as a one-player game');
        expect(r.release.version).toBe(v);
        expect(r.release.frozen).toBe(manifest(v).commit);
        const c = r.together;
        expect(c.hash).toBe(file.hash);
        expect(c.roles.map((x) => x.id)).toEqual(file.roles);
        expect(c.solo).toBeNull();
        // Watched: every round's start drawn by the release's view, each role's moves as the file logged them.
        const frames = c.frames();
        expect(frames.lastRound).toBe(11);
        for (let k = 0; k <= frames.lastRound; k++) {
          const fr = frames.at(k);
          expect(fr.round.round).toBe(k);
          expect(fr.game.actors.length).toBeGreaterThan(5);
          const logged = file.roles.map(
            (role) =>
              file.moves.filter(
                (m) => m.round === k && m.role === role && m.action.type !== 'end' && m.action.type !== 'reply',
              ).length,
          );
          expect(
            fr.moves.map((m) => m.moves.length),
            `round ${k + 1}`,
          ).toEqual(logged);
          for (const m of fr.moves) for (const line of m.moves) expect(line).not.toMatch(/undefined|\[object/);
        }
        // The asks between human capitals answered by people read with their answer, in the release's words.
        expect(frames.at(frames.lastRound).moves.flatMap((m) => m.moves).length).toBeGreaterThan(0);
        // Every role's checklist at the end.
        const d = c.debrief();
        expect(d.goals.map((g) => g.role)).toEqual(file.roles);
        for (const g of d.goals) expect(g.items.length).toBeGreaterThan(2);
        const answered = d.asks.accepted + d.asks.declined + d.asks.countered;
        expect(answered).toBe(file.moves.filter((m) => m.action.type === 'reply').length);
      });

      it(`${f} is compared beside a one-player game of ${v}, and opens from a link`, async () => {
        const one = readFileSync(join(__dirname, 'fixtures', 'replays', v, 'FRA-normal-strategist.json'), 'utf8');
        const cmp = new ClassComparison([]);
        await cmp.addFiles([new File([text], 'table.json'), new File([one], 'group.json')]);
        expect(cmp.problems).toEqual([]);
        expect(cmp.rows.map((r) => [r.name, r.role, r.version])).toEqual([
          ['table', 'France + United States + Russia', v],
          ['group', 'France', v],
        ]);
        const row = cmp.rows[0]!;
        expect(row.hash).toBe(file.hash);
        expect(row.rounds[0]!.length).toBeGreaterThan(0);
        expect(row.rounds[0]!.every((m) => /^(France|United States|Russia): /.test(m))).toBe(true);
        const link = await openAnyFragment(replayFragment(JSON.parse(text) as { format: string }));
        expect(link.ok && 'together' in link ? link.together.hash : link).toBe(file.hash);
      });

      it(`${f}: the CLI's --replay verifies it and prints what ${f.slice(0, 7)}'s own CLI printed`, async () => {
        let out = '';
        const sink = new Writable({
          write(chunk: Buffer, _enc, done) {
            out += String(chunk);
            done();
          },
        });
        expect(await main(['--replay', join(fixtures, v, f), '--json'], { stdout: sink, stderr: sink })).toBe(0);
        expect(out).toBe(readFileSync(join(fixtures, v, f.replace(/\.json$/, '.cli.txt')), 'utf8'));
        expect(JSON.parse(out)).toMatchObject({ hash: file.hash, verified: true, moves: file.moves.length });
      });

      it(`${f} edited reads as edited (its moves no longer give its hash)`, async () => {
        const r = await openAnyReplay({ ...JSON.parse(text), hash: '0'.repeat(64) });
        expect(r.ok ? 'opened' : r.error).toMatch(/^replay hash mismatch/);
      });
    }
  });
}

describe('a game played together in a version that had none', () => {
  it('is refused with what the history says: none of its builds played games together', async () => {
    const file = JSON.parse(
      readFileSync(
        join(
          fixtures,
          '1.6.0',
          readdirSync(join(fixtures, '1.6.0')).find((f) => f.endsWith('.json'))!,
        ),
        'utf8',
      ),
    );
    const r = await openAnyReplay({ ...file, scenario: { ...file.scenario, version: '1.3.0' } });
    expect(r.ok ? 'opened' : r.error).toMatch(
      /^no build of scenario version 1\.3\.0 played games together \(they began with 1\.4\.0\): made by a development build, or edited$/,
    );
  });
});
