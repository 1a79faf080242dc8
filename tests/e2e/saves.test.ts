// End-to-end: games of every release in Chromium (verified, watched, compared, taken over), two
// tabs that never lose a move, and hostile addresses and links.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../src/release/registry';
import { ROOT, waitForTitle } from './browser';
import { diplomacyAt, storedGames, useBrowser } from './harness';

const env = useBrowser(6200 + (process.pid % 400));
const URL = env.url;
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'replays');
const versions = readdirSync(FIXTURES).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
const fixture = (v: string, f: string) => readFileSync(join(FIXTURES, v, f), 'utf8');
const link = (text: string) => `#replay=${LZString.compressToEncodedURIComponent(text)}`;
const fingerprint = (want: string) => document.getElementById('fingerprint')?.getAttribute('data-hash') === want;

describe('games of every release in the browser', () => {
  it('every golden replay verifies with its recorded hash; an old one says its release', async () => {
    const page = await env.newPage();
    await page.goto(URL);
    await waitForTitle(page);
    for (const v of versions) {
      const links = [
        ...readdirSync(join(FIXTURES, v))
          .filter((f) => f.endsWith('.json'))
          .map((f) => fixture(v, f)),
      ].map((t) => [link(t), (JSON.parse(t) as { hash: string }).hash] as const);
      // Released versions also have a link fixture (tests/fixtures/saves); the current one may not yet.
      const savedLink = join(ROOT, 'tests', 'fixtures', 'saves', v, 'link.txt');
      if (existsSync(savedLink))
        links.push([
          readFileSync(savedLink, 'utf8').trim(),
          (JSON.parse(fixture(v, 'FRA-normal-strategist.json')) as { hash: string }).hash,
        ]);
      for (const [l, hash] of links) {
        await page.evaluate((f) => (location.hash = f), l);
        await page.waitForFunction(fingerprint, hash, { timeout: 20_000 });
        expect((await page.$('#viewer-version')) !== null, v).toBe(v !== CURRENT_VERSION);
      }
    }
    await page.close();
  });

  it('takes over a 1.0.0 game in 1.0.0, saves it as 1.0.0, and compares it beside 1.1.0', async () => {
    const page = await env.newPage();
    await page.goto(`${URL}${link(fixture('1.0.0', 'USA-hard-strategist.json'))}`);
    await page.waitForSelector('#viewer-version');
    expect(await page.textContent('#viewer-version')).toContain('Scenario 1.0.0');
    await page.selectOption('#jump', '3');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 4 of 12'));
    await page.click('#take-over');
    await page.waitForSelector('#begin');
    expect(await page.textContent('#version-note')).toContain('Scenario 1.0.0');
    await page.click('#begin');
    await page.click('#end-round');
    await page.waitForSelector('#begin');
    await expect
      .poll(async () =>
        (await storedGames(page)).map((g) => [
          g.version,
          g.replay.actions.filter((a) => (a as { type: string }).type === 'end').length,
        ]),
      )
      .toEqual([['1.0.0', 4]]);
    await page.goto(`${URL}#compare`);
    await page.waitForSelector('#compare-links');
    await page.fill(
      '#compare-links',
      [link(fixture('1.0.0', 'FRA-normal-random.json')), link(fixture('1.1.0', 'FRA-normal-random.json'))]
        .map((l) => `${URL}${l}`)
        .join('\n'),
    );
    await page.click('#compare-add-links');
    await page.waitForSelector('#compare-versions');
    expect(await page.textContent('#compare-versions')).toContain('1.0.0, 1.1.0');
    await page.close();
  });
});

describe('two tabs', () => {
  it('never lose a move: each game has its own record, and a game open in the other tab is continued as a copy', async () => {
    const a = await env.newPage();
    await diplomacyAt(a, URL, 111);
    await a.click('#end-round');
    await a.waitForSelector('#begin');
    const b = await a.context().newPage();
    await diplomacyAt(b, URL, 222);
    for (let i = 0; i < 3; i++) {
      if (i) await b.click('#begin');
      await b.click('#end-round');
      await b.waitForSelector('#begin');
    }
    await a.click('#begin');
    await a.click('#end-round');
    await a.waitForSelector('#begin');
    const moves = async () => (await storedGames(a)).map((g) => `${g.seed}:${g.replay.actions.length}`).sort();
    await expect.poll(moves).toEqual(['111:2', '222:3']);
    // Tab B goes back to the title: the latest game is A's, which A is still playing.
    await b.goto(URL);
    await waitForTitle(b);
    expect(await b.textContent('.history-list')).toContain('seed 222');
    await b.click('#continue');
    await b.waitForSelector('#begin');
    await b.click('#begin');
    await b.click('#end-round');
    await b.waitForSelector('#begin');
    await a.click('#begin');
    await a.click('#end-round');
    await a.waitForSelector('#begin');
    await expect.poll(moves).toEqual(['111:3', '111:3', '222:3']);
    await a.close();
  });
});

describe('hostile addresses and links', () => {
  it('#constructor and friends open nothing; the server forbids framing; a crafted link is echoed escaped and cut', async () => {
    const page = await env.newPage();
    const res = await page.goto(URL);
    expect(res?.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    await waitForTitle(page);
    for (const h of ['#constructor', '#__proto__', '#toString', '#hasOwnProperty']) {
      await page.evaluate((f) => (location.hash = f), h);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.querySelector('dialog[open]') !== null), h).toBe(false);
    }
    const crafted = JSON.parse(fixture('1.1.0', 'FRA-normal-random.json')) as Record<string, unknown>;
    crafted.scenario = { id: 'grand-coalition-2015', version: `\u202eYOUR GAME IS LOST\n${'!'.repeat(10_000)}` };
    await page.goto(`${URL}${link(JSON.stringify(crafted))}`);
    await page.waitForFunction(() =>
      (document.getElementById('load-error')?.textContent ?? '').includes('does not know'),
    );
    const msg = (await page.textContent('#load-error'))!;
    expect(msg).toContain('\\u202eYOUR GAME IS LOST\\u000a');
    expect(msg).not.toMatch(/[\u202e\n]/);
    expect(msg.length).toBeLessThan(400);
    await page.close();
  });
});
