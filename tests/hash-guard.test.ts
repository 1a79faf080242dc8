// The hash guard: every golden replay that has reached main is immutable. This change is measured
// against its base (scripts/released.ts: where a branch left main, or a commit's parent on main), so
// rewriting a released fixture (by hand, or by `npm run fixtures` after a rules change) fails here,
// while tests/golden.test.ts and tests/releases.test.ts fail when the rules no longer reproduce one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseCommit, FIXTURES, fixturesAt, RAISE_VERSION, TOGETHER_FIXTURES } from '../scripts/released';

const root = join(__dirname, '..');
const base = baseCommit(root);

/** Released fixtures at the base, by version. */
const released = new Map<string, Map<string, string>>();
if (base.ok)
  for (const [path, text] of fixturesAt(base.commit, root)) {
    const [version, file] = path.split('/', 2) as [string, string];
    if (!released.has(version)) released.set(version, new Map());
    released.get(version)!.set(file, text);
  }

describe(`the hash guard (measured against ${base.why})`, () => {
  it('has a base with released golden replays', () => {
    // A clone without main's history cannot be guarded: say so rather than pass in silence.
    expect(base.ok ? released.size : base.why).toBeGreaterThan(0);
  });

  for (const [version, files] of released)
    it(`scenario ${version}: its ${files.size} released golden replays are byte for byte as released`, () => {
      const moved: string[] = [];
      for (const [file, text] of files) {
        const path = join(root, FIXTURES, version, file);
        if (!existsSync(path)) moved.push(`${file} was removed`);
        else if (readFileSync(path, 'utf8') !== text) {
          const was = (JSON.parse(text) as { hash?: string }).hash;
          let now: string | undefined;
          try {
            now = (JSON.parse(readFileSync(path, 'utf8')) as { hash?: string }).hash;
          } catch {
            now = '(unreadable)';
          }
          moved.push(was === now ? `${file} was edited` : `${file}: hash ${was} was rewritten as ${now}`);
        }
      }
      expect(moved, `${FIXTURES}/${version}: ${moved.join('; ')}. ${RAISE_VERSION}`).toEqual([]);
    });

  // Games played together made by released builds (tests/fixtures/together/), held the same way.
  const together = base.ok ? fixturesAt(base.commit, root, TOGETHER_FIXTURES) : new Map<string, string>();
  if (together.size)
    it(`its ${together.size} released golden games played together are byte for byte as released`, () => {
      const moved = [...together]
        .filter(([file, text]) => {
          const path = join(root, TOGETHER_FIXTURES, file);
          return !existsSync(path) || readFileSync(path, 'utf8') !== text;
        })
        .map(([file]) => `${file} was edited or removed`);
      expect(moved, `${TOGETHER_FIXTURES}: ${moved.join('; ')}. ${RAISE_VERSION}`).toEqual([]);
    });
});
