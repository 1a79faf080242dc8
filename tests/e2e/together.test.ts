// End-to-end: hot-seat on one device (#together). France and Russia take turns; the hand-over hides
// the previous role's screen (its ask waiting for an answer, its private notes); Russia answers
// France's proposal with the preview its model reads; the game ends with both checklists, and the
// downloaded replay verifies in Node with the same hash. That file then opens in the one-player
// page's replay viewer (each role's moves, both checklists at the end), and Russia is taken over
// from round 2: the page for games played together opens on Russia's turn alone.
import { describe, expect, it } from 'vitest';
import { downloadText, useBrowser } from './harness';
import { scenario } from '../helpers';
import { loadTogether } from '../../src/state/replays/together';

const env = useBrowser();

describe('hot-seat', () => {
  it('plays France and Russia on one device to the debrief, hiding each from the other', async () => {
    const page = await env.newPage();
    // From the title page's link: a new document that starts as the game played together.
    await page.goto(env.url);
    await page.click('#together-link');
    await page.waitForSelector('#together-setup');
    await page.uncheck('input[name="together-role"][value="USA"]');
    await page.fill('#together-seed', '7');
    await page.click('#together-start');

    await page.waitForSelector('#handover');
    expect(await page.textContent('#handover h2')).toBe('Pass the device to France');
    await page.click('#handover-ready');
    await page.waitForSelector('#together-turn[data-role="FRA"]');
    await page.selectOption('#together-kind', 'proposal');
    await page.selectOption('#together-target', 'RUS');
    await page.selectOption('#together-issue', 'assad');
    await page.fill('#together-value', '55');
    await page.click('#together-send');
    await page.waitForFunction(() =>
      /waiting for its answer/.test(document.querySelector('#together-moves')?.textContent ?? ''),
    );
    await page.fill('#together-notes', 'secret: Moscow will fold on Assad');
    await page.click('#together-end');

    // The hand-over: nothing of France's screen is left.
    await page.waitForSelector('#handover');
    const between = (await page.textContent('#panel')) ?? '';
    expect(between).toContain('Pass the device to Russia');
    expect(between).not.toContain('secret');
    expect(between).not.toMatch(/propos/i);
    expect(await page.$('#together-notes')).toBeNull();
    await page.click('#handover-ready');

    await page.waitForSelector('#together-turn[data-role="RUS"]');
    expect(await page.inputValue('#together-notes')).toBe('');
    expect(await page.textContent('#together-offers')).toMatch(/France proposes: assad 55/);
    expect(await page.textContent('#together-offers')).toMatch(/chance of \d+%/);
    await page.click('.offer-accept');
    await page.waitForFunction(() => !document.querySelector('#together-offers'));
    await page.click('#together-end');

    // Round 2 opens with France again; France's notes are hers.
    await page.waitForSelector('#handover');
    expect(await page.textContent('#handover')).toContain('Round 2');
    await page.click('#handover-ready');
    await page.waitForSelector('#together-turn[data-role="FRA"]');
    expect(await page.inputValue('#together-notes')).toBe('secret: Moscow will fold on Assad');

    // The other rounds: each role ends its turn at once.
    for (let k = 0; k < 2 * scenario.calendar.rounds.length; k++) {
      if (await page.$('#together-debrief')) break;
      if (await page.$('#handover')) await page.click('#handover-ready');
      await page.waitForSelector('#together-end');
      await page.click('#together-end');
      await page.waitForSelector('#handover, #together-debrief');
    }
    await page.waitForSelector('#together-debrief');
    expect(await page.$$eval('#together-debrief .goal', (g) => g.map((x) => x.getAttribute('data-role')))).toEqual([
      'FRA',
      'RUS',
    ]);
    expect(await page.textContent('#together-debrief')).toMatch(/1 accepted/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#together-download')]);
    const text = await downloadText(download);
    const checked = loadTogether(text, scenario);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.replay.roles).toEqual(['FRA', 'RUS']);
    expect(checked.game.past[0]!.map((o) => o.state)).toEqual(['accepted']);

    // The file in the replay viewer of the one-player page.
    await page.goto(env.url);
    await page.setInputFiles('#replay-file', {
      name: 'table-1.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.waitForSelector('#viewer-title[data-together="FRA,RUS"]');
    expect(await page.textContent('#viewer-role-FRA')).toMatch(/Proposal to Russia: .*\(accept/);
    const rounds = await page.$$eval('#jump option', (o) => o.length);
    await page.selectOption('#jump', String(rounds - 1));
    await page.waitForSelector('#viewer-goals-RUS');
    expect(await page.$$eval('[id^="viewer-goals-"]', (g) => g.map((x) => x.getAttribute('data-role')))).toEqual([
      'FRA',
      'RUS',
    ]);
    await page.selectOption('#jump', '1');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 2 of'));
    await page.click('#take-over-RUS');
    // Russia alone from round 2: no hand-over, its turn at once.
    await page.waitForSelector('#together-turn[data-role="RUS"]');
    expect(await page.textContent('#together-turn h2')).toMatch(/round 2 of/);
    expect(await page.$('#handover')).toBeNull();
  });
});
