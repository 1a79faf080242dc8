// End-to-end: games of every release in Chromium (verified, watched, compared, taken over), two
// tabs that never lose a move, a new version that waits for its moment, and hostile addresses and links.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import LZString from 'lz-string';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../src/release/registry';
import { freePort, ROOT, startPreview, waitForTitle } from './browser';
import { diplomacyAt, downloadText, storedGames, useBrowser } from './harness';

const env = useBrowser();
const URL = env.url;
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'replays');
const versions = readdirSync(FIXTURES).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
const fixture = (v: string, f: string) => readFileSync(join(FIXTURES, v, f), 'utf8');
const link = (text: string) => `#replay=${LZString.compressToEncodedURIComponent(text)}`;
const fingerprint = (want: string) => document.getElementById('fingerprint')?.getAttribute('data-hash') === want;

describe('games of every release in the browser', () => {
  it('every golden replay verifies with its recorded hash; a link of each release opens and says its release', async () => {
    const page = await env.newPage();
    // Every golden replay of every release as a file in the class comparison, at once: a file is
    // accepted only when its own release's rules, run here in Chromium, reach its recorded hash
    // (a mismatch is listed as a problem), and the CSV carries the hash of each game.
    const goldens = versions.flatMap((v) =>
      readdirSync(join(FIXTURES, v))
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({ name: `${v}-${f}`, text: fixture(v, f) })),
    );
    expect(goldens.length).toBeGreaterThan(30);
    await page.goto(`${URL}#compare`);
    await page.setInputFiles(
      '#compare-files',
      goldens.map((g) => ({ name: g.name, mimeType: 'application/json', buffer: Buffer.from(g.text) })),
    );
    // Every release's rules replay every golden game here, at once: tens of seconds on a busy machine
    // (31 s alone at load 30), so it waits longer than Playwright's 30 s default; nothing here is timed.
    await page.waitForSelector('#compare-results', { timeout: 240_000 });
    expect(await page.evaluate(() => document.getElementById('compare-problems')?.textContent ?? '')).toBe('');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#compare-csv')]);
    const csv = Papa.parse<Record<string, string>>(await downloadText(download), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data.map((r) => [r.group, r.fingerprint])).toEqual(
      goldens.map((g) => [g.name.replace(/\.json$/, ''), (JSON.parse(g.text) as { hash: string }).hash]),
    );
    // A link of each release (tests/fixtures/saves; the current version may have none yet) opens in
    // the viewer with its golden hash, and an earlier release's game says which release it is.
    for (const v of versions) {
      const savedLink = join(ROOT, 'tests', 'fixtures', 'saves', v, 'link.txt');
      if (!existsSync(savedLink)) continue;
      await page.evaluate((f) => (location.hash = f), readFileSync(savedLink, 'utf8').trim());
      const hash = (JSON.parse(fixture(v, 'FRA-normal-strategist.json')) as { hash: string }).hash;
      await page.waitForFunction(fingerprint, hash, { timeout: 20_000 });
      expect((await page.$('#viewer-version')) !== null, v).toBe(v !== CURRENT_VERSION);
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
    // Tab B waits on the title page while A plays: its list of games refreshes when A saves.
    const b = await a.context().newPage();
    await b.goto(URL);
    await waitForTitle(b);
    expect(await b.$('.history-list')).toBeNull();
    await diplomacyAt(a, URL, 111);
    await a.click('#end-round');
    await a.waitForSelector('#begin');
    await b.waitForFunction(() => document.querySelector('.history-list')?.textContent?.includes('seed 111'));
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

describe('a new version of the game', () => {
  it('is offered on the title page or as a round begins, and reloads only the tab that takes it', async () => {
    // A build of its own to serve, whose service worker the test changes: the next version.
    const dir = mkdtempSync(join(tmpdir(), 'grand-coalition-update-'));
    cpSync(join(ROOT, 'dist'), dir, { recursive: true });
    const port = await freePort();
    const server = await startPreview(port, dir);
    const url = `http://127.0.0.1:${port}/`;
    try {
      // A first visit installs the service worker; tab A comes back and plays.
      const a = await env.newPage();
      await a.goto(url);
      await a.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      });
      await diplomacyAt(a, url, 31);
      await a.click('#send');
      await a.waitForSelector('.answer');
      // The next version is published, and the browser finds it (as it would on any later visit).
      appendFileSync(join(dir, 'sw.js'), '\n// the next version\n');
      expect(
        await a.evaluate(async () => {
          const reg = (await navigator.serviceWorker.getRegistration())!;
          await reg.update();
          const next = reg.installing;
          if (next)
            await new Promise<void>((r) =>
              next.addEventListener('statechange', () => next.state !== 'installing' && r()),
            );
          return reg.waiting !== null;
        }),
      ).toBe(true);
      // Tab A learnt of it (it fetches its lazy chunks ahead, so this version keeps working) and, in
      // the middle of a round, offers nothing.
      await a.waitForFunction(() =>
        performance.getEntriesByType('resource').some((e) => /\/assets\/compare/.test(e.name)),
      );
      expect(await a.$('#update-offer')).toBeNull();
      // Tab B opens on the title page: the update is offered at once; B takes it and reloads.
      const b = await a.context().newPage();
      await b.goto(url);
      await waitForTitle(b);
      await Promise.all([b.waitForEvent('load'), b.click('#take-update')]);
      await waitForTitle(b);
      expect(
        await b.evaluate(async () => {
          const reg = (await navigator.serviceWorker.getRegistration())!;
          return [reg.waiting, reg.active?.state];
        }),
      ).toEqual([null, 'activated']);
      expect(await b.$('#update-offer')).toBeNull();
      // Tab A was not reloaded in the middle of its round: it plays on, and as the next round
      // begins it offers the update, which reloads it into the same game.
      await a.click('#send');
      await a.waitForFunction(() => document.querySelectorAll('.answer').length === 2);
      await a.click('#end-round');
      await a.waitForSelector('#update-offer');
      const hash = await a.getAttribute('#fingerprint', 'data-hash');
      await Promise.all([a.waitForEvent('load'), a.click('#take-update')]);
      await waitForTitle(a);
      expect(await a.$('#update-offer')).toBeNull();
      await a.click('#continue');
      await a.waitForSelector('#begin');
      expect(await a.getAttribute('#fingerprint', 'data-hash')).toBe(hash);
    } finally {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hostile addresses and links', () => {
  it('#constructor and friends open nothing; the server forbids framing; a crafted link is echoed escaped and cut', async () => {
    const page = await env.newPage();
    const res = await page.goto(URL);
    expect(res?.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    await waitForTitle(page);
    // The page reads an address as the hashchange event arrives and asks for a reading-room page
    // (its 'gc:open-library' event) there and then; listening after it, the test sees what it asked.
    const pagesAskedFor = (h: string) =>
      page.evaluate(
        (f) =>
          new Promise<string[]>((resolve) => {
            const kinds: string[] = [];
            const note = (e: Event) => kinds.push((e as CustomEvent<{ kind: string }>).detail.kind);
            document.addEventListener('gc:open-library', note);
            addEventListener(
              'hashchange',
              () => {
                document.removeEventListener('gc:open-library', note);
                resolve(kinds);
              },
              { once: true },
            );
            location.hash = f;
          }),
        h,
      );
    for (const h of ['#constructor', '#__proto__', '#toString', '#hasOwnProperty'])
      expect(await pagesAskedFor(h), h).toEqual([]);
    expect(await page.$('dialog[open]')).toBeNull();
    // The same look sees a real page asked for, and the page opens.
    expect(await pagesAskedFor('#guide')).toEqual(['guide']);
    await page.waitForSelector('dialog#reader[open]');
    expect(await page.textContent('#load-error')).toBe('');
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
