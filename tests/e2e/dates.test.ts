// End-to-end: dates as people read them (issue 16) on a phone, in the panels that showed ISO dates:
// the briefing's news, the replay viewer's events, the sources page and the debrief.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replayFragment } from '../../src/state/replays/link';
import { runPolicy } from '../../src/state/bots/policies';
import { makeReplay } from '../../src/state/replays/replay';
import { scenario } from '../helpers';
import { shot } from './browser';
import { useBrowser } from './harness';

const env = useBrowser();
const ISO = /\d{4}-\d{2}-\d{2}/;
/** "Tue 17 Nov 2015: …", as src/presentation/format.ts dayDate writes a day. */
const DAY = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Nov|Dec) 2015: \S/;

/** Every text in an element (folded parts opened), and the attributes a screen reader reads. */
const texts = (page: Page, selector: string): Promise<string[]> =>
  page.$eval(selector, (root) => {
    root.querySelectorAll('details').forEach((d) => (d.open = true));
    const out: string[] = [];
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (n.textContent?.trim()) out.push(n.textContent.trim());
    for (const e of root.querySelectorAll('[aria-label],[title]'))
      out.push(e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '');
    return out;
  });
const iso = (xs: string[]) => xs.filter((x) => ISO.test(x));

describe('dates as people read them, on a phone', () => {
  it('in the replay viewer, the briefing\u2019s news and the sources page', async () => {
    const page = await env.newPage(390, 844, undefined, { hasTouch: true, isMobile: true });
    const replay = makeReplay(scenario, runPolicy(scenario, 42, 'FRA', 'historical'));
    await page.goto(`${env.url}#${replayFragment(replay)}`);
    await page.waitForSelector('#viewer-title');
    const events: string[] = [];
    for (let k = 1; k <= 12; k++) {
      await page.waitForFunction(
        (k) => document.getElementById('viewer-title')?.textContent?.includes(`round ${k} of 12`),
        k,
      );
      expect(iso(await texts(page, '#panel')), `viewer, round ${k}`).toEqual([]);
      events.push(...(await page.$$eval('#panel h3 + ul li', (lis) => lis.map((l) => l.textContent ?? ''))));
      if (k < 12) await page.tap('#next');
    }
    expect(events.filter((e) => DAY.test(e)).length).toBeGreaterThan(5);

    // Round 2's briefing tells round 1's news: the record's events, dated, with outlets of the time.
    await page.selectOption('#jump', '1');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 2 of 12'));
    await page.tap('#take-over');
    await page.waitForSelector('#begin');
    const briefing = await texts(page, '#panel');
    expect(iso(briefing)).toEqual([]);
    expect(await page.$$eval('.brief-title', (hs) => hs.map((x) => x.textContent ?? ''))).toContainEqual(
      expect.stringMatching(DAY),
    );
    expect(briefing).toContainEqual(expect.stringMatching(/\(.+, \d{1,2} (Nov|Dec) 2015\):$/));
    await page.locator('.perspectives').first().scrollIntoViewIfNeeded();
    await shot(page, 'dates-briefing-news-390x844');

    await page.goto(`${env.url}#sources`);
    await page.waitForSelector('dialog#reader[open]');
    const sources = await texts(page, 'dialog#reader');
    expect(iso(sources)).toEqual([]);
    expect(sources).toContainEqual(expect.stringMatching(/^Event, \d{1,2} (Nov|Dec) 2015: \S/));
  });

  it('in the debrief, with why a needed capital stayed out', async () => {
    const page = await env.newPage(390, 844, undefined, { hasTouch: true, isMobile: true });
    const replay = makeReplay(scenario, runPolicy(scenario, 42, 'FRA', 'historical'));
    await page.goto(`${env.url}#${replayFragment(replay)}`);
    await page.waitForSelector('#viewer-title');
    await page.selectOption('#jump', '11');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 12 of 12'));
    await page.tap('#take-over');
    await page.tap('#begin');
    await page.tap('#end-round');
    await page.waitForSelector('#outcome');
    const debrief = await texts(page, '#panel');
    expect(iso(debrief)).toEqual([]);
    // Commitment in per cent, as the checklist says it; never "0.51; members need 0.5".
    // Whole items: a glossed word splits an item's text.
    const gaps = (
      await page.$$eval('#panel li', (lis) => lis.map((l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim()))
    ).filter((t) => /was not a member/.test(t));
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps)
      expect(g).toMatch(
        /^\S.* was not a member(: commitment \d+%; members need 50%| although committed \d+%: .+ condition kept it out \(.+\))\.$/,
      );
  });
});
