// End-to-end: a game made by a commit from before the hash guard, whose rules differ from its
// release's (a variant, releases/VARIANTS.md), opens in the browser by link and by file: it verifies
// with the hash its build wrote, plays in the viewer, and a take-over continues and is saved in the
// rules that made it. The first of them: a format-1 replay made by 99194b1, main's second commit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser';
import { storedGames, useBrowser } from './harness';

const env = useBrowser();
const URL = env.url;
const dir = join(ROOT, 'tests', 'fixtures', 'replays', '1.0.0');
const first = readdirSync(dir).find((f) => f.startsWith('99194b1-format1-'))!;
const text = readFileSync(join(dir, first), 'utf8');
const { hash, version } = JSON.parse(text) as { hash: string; version: number };
const fingerprint = (want: string) => document.getElementById('fingerprint')?.getAttribute('data-hash') === want;

describe('a game made by a variant of its release', () => {
  it('a format-1 replay of 99194b1 opens by link: verified, watched, taken over and saved in its own rules', async () => {
    expect(version).toBe(1);
    const page = await env.newPage();
    await page.goto(`${URL}#replay=${LZString.compressToEncodedURIComponent(text)}`);
    await page.waitForSelector('#viewer-version');
    await page.waitForFunction(fingerprint, hash);
    expect(await page.textContent('#viewer-version')).toContain('Scenario 1.0.0');
    expect(await page.textContent('#viewer-title')).toContain('round 1 of 12');
    await page.click('#next');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 2 of 12'));
    await page.selectOption('#jump', '2');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 3 of 12'));
    await page.click('#take-over');
    await page.waitForSelector('#begin');
    expect(await page.textContent('#version-note')).toContain('Scenario 1.0.0');
    await page.click('#begin');
    await page.click('#end-round');
    await page.waitForSelector('#begin');
    // Saved as a 1.0.0 game of its round 4, which opens again (by its hash, in the same rules).
    await expect
      .poll(async () =>
        (await storedGames(page)).map((g) => [
          g.version,
          g.replay.actions.filter((a) => (a as { type: string }).type === 'end').length,
        ]),
      )
      .toEqual([['1.0.0', 3]]);
    const saved = await storedGames(page);
    const again = JSON.stringify(saved[0]!.replay);
    await page.goto(`${URL}#replay=${LZString.compressToEncodedURIComponent(again)}`);
    await page.waitForSelector('#viewer-version');
    await page.waitForFunction(fingerprint, (saved[0]!.replay as { hash: string }).hash);
    await page.close();
  });

  it('the same file opens from the file picker', async () => {
    const page = await env.newPage();
    await page.goto(URL);
    await page.setInputFiles('#replay-file', { name: first, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForSelector('#viewer-version');
    await page.waitForFunction(fingerprint, hash);
    await page.close();
  });
});
