// End-to-end: the player's own government decides its dated acts (issue 23): France's Article 42.7
// by keyboard, Washington blocking a Security Council text and declining to receive Hollande, each
// told in the next briefing.
import { describe, expect, it } from 'vitest';
import { shot, waitForTitle } from './browser';
import { axe, continueSaved, diplomacyAt, savedGame, tabTo, useBrowser } from './harness';

const env = useBrowser();
const briefTitles = (page: import('playwright-core').Page) =>
  page.$$eval('.brief-title', (h) => h.map((x) => x.textContent ?? ''));

describe("the player's government decides", () => {
  it('France invokes Article 42.7 by keyboard, and the next briefing tells it as the record', async () => {
    const page = await env.newPage();
    await diplomacyAt(page, env.url, 7);
    await page.waitForSelector('#decisions-title');
    expect(await page.textContent('.decisions')).toContain('Article 42.7');
    expect(await page.textContent('.decisions')).toContain('What happened on Tue 17 Nov 2015');
    // The sources' brackets are held to their links: no line ends with a lone "(" (playtest 1.7.0,
    // finding 16): the first link shares a no-wrap span with "(", the last with ")".
    const held = await page.$$eval('.decision p.small', (ps) =>
      ps.map((p) => {
        const links = [...p.querySelectorAll('.src-link')];
        const span = (x: Element | undefined) =>
          x?.parentElement?.classList.contains('nowrap') ? x.parentElement : null;
        return [
          span(links[0])?.textContent?.startsWith('(') ?? false,
          span(links.at(-1))?.textContent?.endsWith(')') ?? false,
        ];
      }),
    );
    expect(held.length).toBeGreaterThan(0);
    expect(held.flat().every(Boolean)).toBe(true);
    await axe(page, 'decisions france');
    await tabTo(page, '#decide-article-42-7');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#decided-article-42-7');
    // The action points are untouched: a decree is not talks.
    expect(await page.textContent('#panel')).toContain('You have 3 action points left');
    await page.click('#end-round');
    await page.waitForSelector('#begin');
    expect((await briefTitles(page)).join('\n')).toMatch(/France invokes the EU mutual-defence clause/);
  });

  it('Washington blocks Resolution 2249, and the briefing tells it as the game’s reading', async () => {
    const page = await env.newPage(820, 1180);
    await page.goto(env.url);
    await waitForTitle(page);
    // Round 1 (19 November) of a US game: the French text comes to the vote on the 20th.
    await continueSaved(page, savedGame(11, 'USA', [{ type: 'end' }]));
    await page.click('#begin');
    await page.waitForSelector('#decide-unsc-2249');
    const panel = await page.textContent('.decisions');
    expect(panel).toContain('Veto France’s draft resolution');
    expect(panel).toContain('In 2015: The United States voted for the French text');
    expect(await page.textContent('#decide-unsc-2249')).toContain('Block it');
    await shot(page, 'decisions-veto-820x1180');
    await page.click('#decide-unsc-2249');
    await page.waitForSelector('#decided-unsc-2249');
    await page.click('#end-round');
    await page.waitForSelector('#begin');
    const titles = (await briefTitles(page)).join('\n');
    expect(titles).toContain('Blocked by the United States: UN Security Council Resolution 2249');
    // Not told as the record's act as well.
    expect(titles).not.toMatch(/^\w{3} \d+ Nov 2015: UN Security Council Resolution 2249$/m);
  });

  it('Washington declines to receive Hollande: the question, the button and the briefing say so', async () => {
    const page = await env.newPage();
    await page.goto(env.url);
    await waitForTitle(page);
    // Round 2 (23 November) of a US game: Hollande is due at the White House on the 24th.
    await continueSaved(page, savedGame(11, 'USA', [{ type: 'end' }, { type: 'end' }]));
    await page.click('#begin');
    await page.waitForSelector('#decide-hollande-washington');
    const panel = (await page.textContent('.decisions')) ?? '';
    expect(panel).toContain('Decline to receive Hollande at the White House');
    expect(panel).toContain('The visit on Tue 24 Nov 2015');
    expect(panel).toContain('it happens if the visitor still comes');
    expect(await page.textContent('#decide-hollande-washington')).toBe('Decline it (no action points)');
    await page.click('#decide-hollande-washington');
    expect(await page.textContent('#decided-hollande-washington')).toContain('declines to receive the visit');
    await shot(page, 'decisions-decline');
    await page.click('#end-round');
    await page.waitForSelector('#begin');
    expect((await briefTitles(page)).join('\n')).toContain(
      'Declined by the United States: Hollande at the White House',
    );
  });
});
