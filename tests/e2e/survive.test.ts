// End-to-end: saves that survive (issue 21). A record the page cannot read hides no other game; a
// browser without IndexedDB keeps games in localStorage, says so, and moves them back when it is
// there again; the game in play can always be downloaded; two tabs without Web Locks never
// overwrite each other; a refused link inside a game leaves the game where it was.
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { shot, waitForTitle } from './browser';
import { diplomacyAt, downloadText, storedGames, useBrowser } from './harness';

const env = useBrowser();
const SENTENCE =
  'This replay was made for your class by your teacher. To keep your mark, sign in again at https://evil.example';
const URL = env.url;

/** With `?noidb` in the address the page finds no IndexedDB (a private window, a blocked database). */
const NO_IDB = `if (location.search.includes('noidb')) Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('blocked', 'SecurityError'); } });`;
/** A browser without Web Locks (a plain-http school server: they need a secure context). */
const NO_LOCKS = `Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined });`;

const putRecord = (page: import('playwright-core').Page, key: string, value: unknown) =>
  page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('grand-coalition');
        open.onsuccess = () => {
          const tx = open.result.transaction('games', 'readwrite');
          tx.objectStore('games').put(v, k as string);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, value] as const,
  );

describe('saves that survive', () => {
  it('without IndexedDB the game says where it saves, can be downloaded mid-game, moves back when IndexedDB is there, and a bad record hides nothing', async () => {
    const page = await env.newPage(1280, 720, NO_IDB);
    await diplomacyAt(page, `${URL}?noidb`, 41);
    await page.click('#send');
    await page.waitForSelector('.answer');
    expect(await page.textContent('#storage-note')).toMatch(/local storage/);
    await shot(page, 'survive-localstorage-1280');
    // "Download this game" is in the top bar while the game is played.
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#download-game')]);
    const file = JSON.parse(await downloadText(d)) as { seed: number; actions: unknown[]; hash: string };
    expect([file.seed, file.actions.length]).toEqual([41, 1]);
    expect(file.hash).toBe(await page.getAttribute('#fingerprint', 'data-hash'));
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('grand-coalition/game/'))),
    ).toHaveLength(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'survive-localstorage-390');
    await page.setViewportSize({ width: 1280, height: 720 });

    // IndexedDB is back: the game moves into it, and the title page says so.
    await page.goto(URL);
    await waitForTitle(page);
    expect(await page.textContent('#storage-note')).toMatch(/1 saved game kept in local storage .* moved back/);
    expect(await page.textContent('.history-list')).toContain('seed 41');
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('grand-coalition/game/'))),
    ).toEqual([]);
    const [moved] = await storedGames(page);
    expect(moved!.replay.actions).toHaveLength(1);

    // A record whose `updated` is not a date: set aside, named, downloadable; the others stay.
    await putRecord(page, 'bad', { ...moved, id: 'bad', updated: 'yesterday' });
    await page.reload();
    await waitForTitle(page);
    expect(await page.$('#continue')).not.toBeNull();
    expect(await page.textContent('.history-list')).toContain('seed 41');
    const aside = (await page.textContent('#set-aside'))!;
    expect(aside).toContain('"bad"');
    expect(aside).toContain('"updated" is not a date and time (found "yesterday")');
    const [kept] = await Promise.all([page.waitForEvent('download'), page.click('#download-unreadable')]);
    expect(JSON.parse(await downloadText(kept))).toMatchObject({ id: 'bad', updated: 'yesterday' });
    const [zip] = await Promise.all([page.waitForEvent('download'), page.click('#download-all')]);
    expect(zip.suggestedFilename()).toBe('grand-coalition-games.zip');
    await shot(page, 'survive-set-aside-1280');
    await page.close();
  });

  it('two tabs without Web Locks: the second continues a copy, and neither overwrites the other', async () => {
    const a = await env.newPage(1280, 720, NO_LOCKS);
    await diplomacyAt(a, URL, 51);
    await a.click('#send');
    await a.waitForSelector('.answer');
    await expect.poll(async () => (await storedGames(a)).map((g) => g.replay.actions.length)).toEqual([1]);
    const b = await a.context().newPage();
    await b.goto(URL);
    await waitForTitle(b);
    await b.click('#continue');
    await b.waitForSelector('#send');
    await b.waitForFunction(() => document.getElementById('announcer')?.textContent?.includes('another tab'));
    await b.click('#end-round');
    await b.waitForSelector('#begin');
    await a.click('#send');
    await a.waitForFunction(() => document.querySelectorAll('.answer').length === 2);
    const games = async () =>
      (await storedGames(a)).map((g) => `${g.id.includes('-copy-') ? 'copy' : 'a'}:${g.replay.actions.length}`).sort();
    await expect.poll(games).toEqual(['a:2', 'copy:2']);
    await a.close();
    await b.close();
  });

  it('a refused link inside a game leaves the game where it was, in the game’s words only; continuing later makes no copy', async () => {
    const page = await env.newPage();
    await diplomacyAt(page, URL, 61);
    await page.click('#send');
    await page.waitForSelector('.answer');
    const hash = await page.getAttribute('#fingerprint', 'data-hash');
    // A link whose extra key carries a sentence of its own.
    const { replay: mine } = (await storedGames(page))[0]!;
    const crafted = { ...mine, [SENTENCE]: 1 };
    await page.evaluate(
      (f) => (location.hash = f),
      `#replay=${LZString.compressToEncodedURIComponent(JSON.stringify(crafted))}`,
    );
    await page.waitForSelector('#open-problem');
    expect(await page.textContent('#open-problem')).toBe(
      'That link cannot be opened: replay invalid at (root): a field this format does not have. Your own game is untouched.',
    );
    expect(await page.$('#send')).not.toBeNull();
    expect(await page.getAttribute('#fingerprint', 'data-hash')).toBe(hash);
    // The next move goes on in the same game, and clears the message.
    await page.click('#send');
    await page.waitForFunction(() => document.querySelectorAll('.answer').length === 2);
    expect(await page.$('#open-problem')).toBeNull();
    // A good link opens in the viewer; closing it and continuing plays the same record, no copy.
    const { replay } = (await storedGames(page))[0]!;
    await page.evaluate(
      (f) => (location.hash = f),
      `#replay=${LZString.compressToEncodedURIComponent(JSON.stringify(replay))}`,
    );
    await page.waitForSelector('#viewer-title');
    await page.click('#close-viewer');
    await waitForTitle(page);
    await page.click('#continue');
    await page.waitForSelector('#send');
    await page.click('#send');
    await page.waitForFunction(() => document.querySelectorAll('.answer').length === 3);
    await expect.poll(async () => (await storedGames(page)).map((g) => g.replay.actions.length)).toEqual([3]);
    await page.close();
  });
});
