// Golden replays: games recorded by released builds, with the hashes those builds wrote. A refactor
// of the rules must leave every one of them verifying; a change that moves one needs a new
// scenario version (docs/REPLAY.md says when).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReplay } from '../src/state/replays/replay';
import { RAISE_VERSION } from '../scripts/released';
import { scenario } from './helpers';

const dir = join(__dirname, 'fixtures', 'replays', scenario.version);
// `<commit>-*.json`: games of another rule set main shipped as this version (a variant), which this
// build's rules need not reproduce; tests/variants.test.ts opens them in theirs.
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !/^[0-9a-f]{7}-/.test(f));

describe(`golden replays of scenario ${scenario.version}`, () => {
  it('cover every role at every difficulty level, and a format-1 file', () => {
    for (const role of scenario.roles.map((r) => r.actor)) {
      for (const d of ['easy', 'normal', 'hard'])
        expect(
          files.some((f) => f.startsWith(`${role}-${d}-`)),
          `${role} ${d}`,
        ).toBe(true);
    }
    expect(files.some((f) => f.startsWith('format1-'))).toBe(true);
  });

  for (const f of files) {
    it(`${f} verifies with the hash its build recorded`, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const recorded = (JSON.parse(text) as { hash: string }).hash;
      const r = loadReplay(text, scenario);
      expect(r.ok ? r.game.hash : r.error, `${f}: the rules of this build moved a golden hash. ${RAISE_VERSION}`).toBe(
        recorded,
      );
    });
  }
});
