// End-to-end: saves, links and the replay viewer in the production build, and bad input that
// must leave the player's own game alone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replayFragment } from '../../src/state/replays/link';
import { runPolicy } from '../../src/state/bots/policies';
import { actionsBeforeRound, makeReplay } from '../../src/state/replays/replay';
import { playAll } from '../../src/state/rules/game';
import { scenario } from '../helpers';
import { shot, waitForTitle } from './browser';
import { continueSaved, diplomacyAt, downloadText, savedGame, storedGames, useBrowser } from './harness';

const env = useBrowser();
const URL = env.url;
const newPage = (init?: string): Promise<Page> => env.newPage(1280, 720, init);

const autosave = async (page: Page) => JSON.stringify(await storedGames(page));

describe('replays, saves and links in the browser', () => {
  it('opens a link in the replay viewer: step, jump, and take over from a round', async () => {
    const played = runPolicy(scenario, 42, 'FRA', 'historical');
    const replay = makeReplay(scenario, played);
    const page = await newPage();
    await page.goto(`${URL}#${replayFragment(replay)}`);
    await page.waitForSelector('#viewer-title');
    expect(await page.getAttribute('#fingerprint', 'data-hash')).toBe(played.hash);
    expect(await page.textContent('#viewer-title')).toContain('round 1 of 12');
    await page.click('#next');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 2 of 12'));
    await page.selectOption('#jump', '5');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 6 of 12'));
    await shot(page, 'replay-viewer-1280x720');
    await page.click('#prev');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 5 of 12'));
    await page.click('#take-over');
    await page.waitForSelector('#begin');
    const expected = playAll(scenario, 42, 'FRA', actionsBeforeRound(replay, 4));
    expect(expected.ok && (await page.getAttribute('#fingerprint', 'data-hash'))).toBe(
      expected.ok && expected.game.hash,
    );
    expect(await page.textContent('#topbar')).toContain('Round 5 of 12');
    await page.close();
  });

  it('refuses a damaged link or file with a message, and leaves the autosave untouched', async () => {
    const page = await newPage();
    await diplomacyAt(page, URL, 9);
    await page.click('#send');
    await page.waitForSelector('.answer');
    const saved = await autosave(page);
    expect(saved).toContain('"seed":9');
    const good = replayFragment(makeReplay(scenario, runPolicy(scenario, 3, 'FRA', 'random')));
    await page.goto(`${URL}#${good.slice(0, good.length - 40)}`);
    // Refused inside a game, the link leaves the game where it was and says why in the game's bar.
    await page.waitForFunction(() =>
      (document.getElementById('open-problem')?.textContent ?? '').includes('cannot be opened'),
    );
    expect(await page.textContent('#open-problem')).toMatch(/cut off or damaged|hash mismatch|not complete/);
    expect(await autosave(page)).toBe(saved);
    // The title page's file picker refuses damaged files the same way.
    await page.goto(URL);
    await page.waitForSelector('#continue');
    await page.setInputFiles('#replay-file', {
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(1_100_000, 32),
    });
    await page.waitForFunction(() =>
      (document.getElementById('load-error')?.textContent ?? '').includes('larger than 1 MB'),
    );
    await page.setInputFiles('#replay-file', {
      name: 'v9.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ ...makeReplay(scenario, runPolicy(scenario, 3, 'FRA', 'passive')), version: 9 }),
      ),
    });
    await page.waitForFunction(() =>
      (document.getElementById('load-error')?.textContent ?? '').includes('newer version'),
    );
    expect(await autosave(page)).toBe(saved);
    await page.click('#continue');
    await page.waitForSelector('#send');
    await page.close();
  });

  it('says so when the code that reads a link cannot load (offline before a first visit kept it), and opens it after a reload', async () => {
    const played = runPolicy(scenario, 5, 'USA', 'historical');
    const page = await newPage();
    await page.route(/\/assets\/reading-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(`${URL}#${replayFragment(makeReplay(scenario, played))}`);
    await page.waitForFunction(() =>
      (document.getElementById('load-error')?.textContent ?? '').includes('did not load'),
    );
    expect(await page.textContent('#load-error')).toContain('That link cannot be opened');
    await page.unroute(/\/assets\/reading-[^/]+\.js$/);
    await page.reload();
    await page.waitForSelector('#viewer-title');
    expect(await page.getAttribute('#fingerprint', 'data-hash')).toBe(played.hash);
    await page.close();
  });

  it('stays playable when storage is unavailable, says so, and can still export', async () => {
    const page = await newPage(
      `for (const k of ['localStorage', 'indexedDB']) Object.defineProperty(window, k, { get() { throw new DOMException('denied', 'SecurityError'); } });`,
    );
    await page.goto(URL);
    await waitForTitle(page);
    await page.fill('#seed', '4');
    await page.click('#new-game');
    await page.waitForSelector('#begin');
    expect(await page.textContent('#topbar')).toContain('Not saving: storage is not available');
    await page.click('#begin');
    await page.click('#end-round');
    await page.waitForSelector('#begin');
    // The other rounds come from a link (the same rules in Node); taken over for the last round.
    const game = runPolicy(scenario, 4, 'FRA', 'passive');
    await page.goto(`${URL}#${replayFragment(makeReplay(scenario, game))}`);
    await page.waitForSelector('#take-over');
    await page.selectOption('#jump', '11');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 12'));
    await page.click('#take-over');
    await page.waitForSelector('#begin');
    expect(await page.textContent('#topbar')).toContain('Not saving: storage is not available');
    await page.click('#begin');
    await page.click('#end-round');
    await page.waitForSelector('#outcome');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toBe('grand-coalition-seed-4.json');
    expect(JSON.parse(await downloadText(download))).toMatchObject({ seed: 4, hash: game.hash });
    await page.close();
  });

  it('says at once when storage is full, plays on, and saves the whole game again once there is room', async () => {
    // What the browser answers when the disk or the site's quota is full, while the test says so
    // (Chromium enforces no quota override on IndexedDB, so the test stands in for the disk).
    const page = await newPage(
      `{ const put = IDBObjectStore.prototype.put; IDBObjectStore.prototype.put = function (...a) { if (globalThis.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); return put.apply(this, a); }; }`,
    );
    const full = (on: boolean) => page.evaluate((f) => ((globalThis as { storageFull?: boolean }).storageFull = f), on);
    const warning = () =>
      page.waitForFunction(() =>
        document.getElementById('topbar')!.textContent!.includes('Not saving: storage is full'),
      );
    const saved = async () => (await storedGames(page)).at(-1)?.replay.actions.length;
    await diplomacyAt(page, URL, 21);
    await page.click('#send');
    await page.waitForSelector('.answer');
    await expect.poll(saved).toBe(1);
    await full(true);
    await page.click('#send');
    await warning();
    await page.click('#end-round');
    await page.waitForSelector('#begin');
    await warning();
    expect(await saved()).toBe(1);
    // Room again: the next move's save stores every move, and the warning goes.
    await full(false);
    await page.click('#begin');
    await page.click('#send');
    await page.waitForFunction(() => !document.getElementById('topbar')!.textContent!.includes('Not saving'));
    expect(await saved()).toBe(4);
    await page.close();
  });

  it('keeps finished games in a list on the title page', async () => {
    const page = await newPage();
    await page.goto(URL);
    await waitForTitle(page);
    // Rounds 1 to 11 from an autosave (the same rules in Node); the last is played here.
    const ends = Array.from({ length: 11 }, () => ({ type: 'end' }) as const);
    await continueSaved(page, savedGame(12, 'FRA', ends));
    await page.click('#begin');
    await page.click('#end-round');
    await page.waitForSelector('#outcome');
    const hash = (await page.textContent('#hash'))!.trim();
    expect(hash).toBe(runPolicy(scenario, 12, 'FRA', 'passive').hash);
    await page.click('#again');
    await page.waitForSelector('#history-0');
    expect(await page.textContent('.history-list')).toContain('seed 12');
    await page.click('#history-0');
    await page.waitForSelector('#viewer-title');
    expect(await page.getAttribute('#fingerprint', 'data-hash')).toBe(hash);
    await page.close();
  });
});
