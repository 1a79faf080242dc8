// End-to-end: leading Russia, the living world in the briefing, and an old autosave kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, settled, shot, waitForTitle } from './browser';
import { axe, continueSaved, savedGame, sim, tabTo, useBrowser } from './harness';
import { scenario } from '../helpers';

const env = useBrowser();
const russia = scenario.roles.find((r) => r.actor === 'RUS')!;

describe('the three roles in the browser', () => {
  it('plays Russia by keyboard to its own debrief, telling each round what the others did', async () => {
    const page = await env.newPage();
    await page.goto(env.url);
    await waitForTitle(page);
    // A radio group is one tab stop: the arrow keys move through France, the United States, Russia.
    await tabTo(page, 'input[name="role"]:checked');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval('input[name="role"]:checked', (e) => (e as HTMLInputElement).value)).toBe('RUS');
    await tabTo(page, '#seed');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2016');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#begin');
    expect(await page.textContent('#panel')).toContain(russia.goal);
    expect(await page.$$eval('.terms li', (li) => li.length)).toBe(russia.terms.length);
    await axe(page, 'russia briefing');
    await shot(page, 'russia-briefing');
    const news: string[] = [];
    const headings = () => page.$$eval('.brief h3', (h) => h.map((x) => x.textContent ?? ''));
    /** One round by keyboard: a call to the first capital in the list (France), then the end. */
    const playRound = async (last: boolean) => {
      await tabTo(page, '#begin');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#send');
      await tabTo(page, '#send');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('.answer').length > 0);
      await tabTo(page, '#end-round');
      await page.keyboard.press('Enter');
      await page.waitForSelector(last ? '#outcome' : '#begin');
    };
    await playRound(false);
    news.push(...(await headings()));
    await shot(page, 'russia-briefing-round-2');
    // Rounds 2 to 11 from their autosave (the same rules in Node), then the last by keyboard.
    const calls = Array.from({ length: 11 }, () => [
      { type: 'call', target: 'FRA' } as const,
      { type: 'end' } as const,
    ]);
    await continueSaved(page, savedGame(2016, 'RUS', calls.flat()));
    await page.waitForSelector('#begin');
    news.push(...(await headings()));
    await playRound(true);
    // The others acted on their own, and the briefings said so.
    expect(news.filter((t) => /strikes|confer|hardens|softens|close call|holds back/.test(t)).length).toBeGreaterThan(
      1,
    );
    const debrief = (await page.textContent('#panel'))!;
    expect(debrief).toContain(russia.questions[0]);
    expect(debrief).toContain('Your terms, against the coalition');
    await settled(page);
    await axe(page, 'russia debrief');
    await shot(page, 'russia-debrief');
    const hash = (await page.textContent('#hash'))!.trim();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const file = join(ROOT, 'test-output', 'browser-replay-russia.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).role).toBe('RUS');
    expect(JSON.parse(await sim('--replay', file, '--json')).hash).toBe(hash);
    await page.close();
  });

  it('keeps an autosave this version cannot open, and offers it for download after a new game', async () => {
    const old = JSON.stringify({
      format: 'grand-coalition-replay',
      version: 2,
      scenario: { id: scenario.id, version: '0.9.0' },
      seed: 5,
      role: 'FRA',
      difficulty: 'normal',
      actions: [{ type: 'end' }],
      hash: 'a'.repeat(64),
    });
    const page = await env.newPage(
      1280,
      720,
      `if (!sessionStorage.getItem('seeded')) { localStorage.setItem('grand-coalition/autosave/v1', ${JSON.stringify(old)}); sessionStorage.setItem('seeded', '1'); }`,
    );
    await page.goto(env.url);
    await waitForTitle(page);
    expect(await page.textContent('#panel')).toContain('scenario version "0.9.0", which this build does not know');
    await page.click('#new-game');
    await page.waitForSelector('#begin');
    await page.goto(env.url);
    await waitForTitle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-unreadable')]);
    const file = join(ROOT, 'test-output', 'old-save.json');
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toBe(old);
    await page.close();
  });
});
