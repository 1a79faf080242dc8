// End-to-end on small screens: a whole game played by touch at 390×844 (a phone held upright),
// from the title through the reading room and a replay taken over to the debrief, with every view
// checked for sideways overflow, covered or small text, small targets and axe; then the same views
// in landscape, at tablet size and on a laptop at 200% zoom, with screenshots.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replayFragment } from '../../src/state/replays/link';
import { runPolicy } from '../../src/state/bots/policies';
import { makeReplay } from '../../src/state/replays/replay';
import { scenario } from '../helpers';
import { settled, shot } from './browser';
import { axe, counteredAt, useBrowser } from './harness';

const env = useBrowser();
const TOUCH = { hasTouch: true, isMobile: true };

/**
 * What a reader would see wrong on the view as it is: the page wider than the screen; text under
 * 16px; text whose words are covered by another element (elementFromPoint at the centre of each
 * text node's first line); a control smaller than 44px (radio buttons and checkboxes count with
 * their label; links inside text are text).
 */
async function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const de = document.documentElement;
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
    if (de.scrollWidth > de.clientWidth)
      out.push(`the page is ${de.scrollWidth}px wide on a ${de.clientWidth}px screen`);
    // Nor may a panel scroll sideways inside (its content wider than its box); a wide data table
    // keeps to its own scrolling box inside the panel.
    for (const box of document.querySelectorAll('#panel, #meter, dialog[open]'))
      if (box.scrollWidth > box.clientWidth)
        out.push(`${name(box)} is ${box.scrollWidth}px wide inside, ${box.clientWidth}px on screen`);
    /** Inside a box kept for screen readers only (.sr-only, or a table's header row clipped to 1px). */
    const forReaders = (e: Element) => {
      for (let a: Element | null = e; a; a = a.parentElement) {
        if (a.classList.contains('sr-only')) return true;
        const r = a.getBoundingClientRect();
        if (r.width <= 1 && r.height <= 1 && getComputedStyle(a).overflow === 'hidden') return true;
      }
      return false;
    };
    const shown = (e: Element) =>
      e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) &&
      e.getBoundingClientRect().width > 0 &&
      !forReaders(e);
    /** The element's own words: the first line box of each of its non-blank text nodes. */
    const words = (e: Element) =>
      [...e.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
        .map((n) => {
          const r = document.createRange();
          r.selectNodeContents(n);
          return r.getClientRects()[0];
        })
        .filter((r): r is DOMRect => r !== undefined && r.width > 0);
    const texts = [...document.body.querySelectorAll('*')].filter(
      (e) => !(e instanceof SVGElement) && !e.closest('dialog:not([open]), .skip') && shown(e) && words(e).length,
    );
    for (const e of texts) {
      const px = parseFloat(getComputedStyle(e).fontSize);
      if (px < 16) out.push(`${name(e)}: ${px}px text`);
    }
    const bar = document.querySelector('.views')!.getBoundingClientRect();
    const dialog = document.querySelector('dialog[open]');
    // Words in a table stay whole: no word with its letters on two lines (a narrow column once broke
    // "Minutes" into "Mi/n/ut/es"). Words may part at spaces, dashes and slashes.
    for (const cell of document.querySelectorAll('th, td')) {
      if ((dialog && !dialog.contains(cell)) || !shown(cell)) continue;
      const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const broken = [...n.textContent!.matchAll(/[^\s\-\u2010-\u2014/]+/g)].find((m) => {
          const r = document.createRange();
          r.setStart(n, m.index);
          r.setEnd(n, m.index + m[0].length);
          return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size > 1;
        });
        if (broken) out.push(`"${broken[0]}" in ${name(cell)} is broken across lines`);
      }
    }
    // Each text brought to the middle of its scrolling boxes, as a reader would scroll to it; the
    // fixed tab bar may cover what scrolls under it, so only what is above it counts.
    for (const e of texts) {
      if (dialog && !dialog.contains(e)) continue;
      e.scrollIntoView({ block: 'center', inline: 'nearest' });
      const bottom = e.closest('.views') || dialog || !bar.height ? innerHeight : bar.top;
      for (const r of words(e)) {
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (y < 0 || y >= bottom || x < 0 || x >= de.clientWidth) continue;
        const hit = document.elementFromPoint(x, y);
        if (!hit || (hit !== e && !e.contains(hit)))
          out.push(`${name(e)} is covered by ${hit ? name(hit) : 'nothing'}`);
      }
    }
    for (const box of [de, ...document.querySelectorAll('#panel, #meter, dialog[open]')]) box.scrollTop = 0;
    for (const e of document.querySelectorAll(
      'button:not(.link), button.src-link, .compare-table button, select, input, summary, [role="tab"]',
    )) {
      if (dialog && !dialog.contains(e)) continue;
      const box =
        (e as HTMLInputElement).type === 'radio' || (e as HTMLInputElement).type === 'checkbox'
          ? document.querySelector(`label[for="${e.id}"]`)
          : e;
      if (!box || !shown(e)) continue;
      const r = box.getBoundingClientRect();
      if (r.height < 44 || r.width < 44)
        out.push(`${name(e)}: a ${Math.round(r.width)}×${Math.round(r.height)} target`);
    }
    return out;
  });
}

async function check(page: Page, what: string, screenshot?: string): Promise<void> {
  await settled(page);
  expect(await problems(page), what).toEqual([]);
  // Landmarks named apart too (moderate in axe): two regions with one name cannot be told apart.
  await axe(page, what, ['landmark-unique']);
  if (screenshot) await shot(page, screenshot);
}

/** Shows a view by its tab and checks it. */
async function view(page: Page, v: 'map' | 'talks' | 'meter', what: string, screenshot?: string): Promise<void> {
  await page.tap(`#view-${v}`);
  expect(await page.getAttribute(`#view-${v}`, 'aria-selected')).toBe('true');
  if (v === 'map') await page.waitForSelector('#stage canvas', { state: 'visible' });
  await check(page, `${what}, ${v}`, screenshot);
}

async function playRound(page: Page, first: boolean): Promise<void> {
  await page.tap('#begin');
  await page.waitForSelector('#send');
  if (first) {
    await page.tap('label[for="actor-RUS"]');
    await page.tap('label[for="kind-proposal"]');
    // On a phone an issue's slider opens when the issue is ticked.
    await page.tap('label[for="inc-assad"]');
    await page.waitForSelector('#term-assad');
    await check(page, 'proposal form, talks');
    await page.tap('label[for="kind-visit"]');
  }
  await page.tap('#send');
  await page.waitForFunction(() => document.querySelectorAll('.answer').length > 0);
  if (first) {
    await check(page, 'diplomacy, talks', 'phone-390x844-talks');
    await view(page, 'map', 'diplomacy', 'phone-390x844-map');
    await view(page, 'meter', 'diplomacy', 'phone-390x844-meter');
    // The meter's value is on its tab whatever the view.
    expect(await page.textContent('#view-meter-value')).toBe((await page.textContent('#meter-value strong'))!.trim());
    await page.tap('#view-talks');
  }
  await page.tap('#end-round');
}

describe('on a phone, by touch', () => {
  it('plays a game from the title through the reading room and a replay to the debrief at 390×844', async () => {
    const page = await env.newPage(390, 844, undefined, TOUCH);
    await page.goto(env.url);
    await page.waitForSelector('#new-game');
    await check(page, 'title, talks', 'phone-390x844-title');
    await view(page, 'map', 'title');
    await view(page, 'meter', 'title');
    await page.tap('#view-talks');
    await page.tap('#new-game');
    await page.waitForSelector('#begin');
    await check(page, 'briefing, talks', 'phone-390x844-briefing');
    // The header leaves the game most of the screen (playtest 2 measured 270 of 844 px).
    const header = await page.$eval('header.topbar', (e) => e.getBoundingClientRect().height);
    expect(header, 'the header’s height at 390×844').toBeLessThan(0.3 * 844);
    await playRound(page, true);
    await page.waitForSelector('#begin');
    await playRound(page, false);
    await page.waitForSelector('#begin');
    expect(await page.textContent('#topbar')).toContain('Round 3 of 12 · Mon 23 Nov 2015');

    // The reading room fills the screen and closes back to the game; each page opens at its top,
    // whatever page was read before and how far down (the dialog used to keep its scroll offset).
    const readerTop = () => page.$eval('#reader', (d) => d.scrollTop);
    const scrollReaderDown = () => page.$eval('#reader', (d) => (d.scrollTop = d.scrollHeight));
    for (const door of ['sources', 'glossary', 'guide', 'compare']) {
      await page.tap(`#open-${door}`);
      await page.waitForSelector('dialog[open]');
      expect(await readerTop(), door).toBe(0);
      await check(page, `reading room, ${door}`, `phone-390x844-${door}`);
      if (door === 'guide') {
        // The teacher's kit from the guide: the handout and the answer key, their tables readable.
        for (const [kit, title, table] of [
          ['handout', 'Student handout', 'table.rubric'],
          ['answers', 'Answer key', 'table.answer-key'],
        ] as const) {
          await page.$eval(`#guide-${kit}`, (b) => b.scrollIntoView({ block: 'center' }));
          expect(await readerTop()).toBeGreaterThan(0);
          await page.tap(`#guide-${kit}`);
          await page.waitForFunction((t) => document.getElementById('reader-title')?.textContent === t, title);
          await page.waitForSelector(table);
          expect(await readerTop(), kit).toBe(0);
          await check(page, `reading room, ${kit}`, `phone-390x844-${kit}`);
          await page.$eval(table, (t) => t.scrollIntoView({ block: 'center' }));
          await shot(page, `phone-390x844-${kit}-table`);
          if (kit === 'handout') {
            await page.tap('#reader-close');
            await page.tap('#open-guide');
            await page.waitForSelector('#guide-answers');
          }
        }
      }
      await scrollReaderDown();
      await page.tap('#reader-close');
      await page.waitForSelector('dialog[open]', { state: 'detached' });
    }

    // Most rounds come from a replay: open one by its link, jump to round 11 and take over.
    const replay = makeReplay(scenario, runPolicy(scenario, 7, 'FRA', 'strategist'));
    await page.goto(`${env.url}#${replayFragment(replay)}`);
    await page.waitForSelector('#take-over');
    await page.selectOption('#jump', '10');
    await page.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 11'));
    await check(page, 'replay viewer', 'phone-390x844-replay');
    await page.tap('#take-over');
    await page.waitForSelector('#begin');
    await playRound(page, false);
    await page.waitForSelector('#begin');
    await playRound(page, false);
    await page.waitForSelector('#outcome');
    await check(page, 'debrief, talks', 'phone-390x844-debrief');
    await view(page, 'map', 'debrief');
    await view(page, 'meter', 'debrief');
    await page.close();
  });

  for (const [w, h] of [
    [390, 844],
    [844, 390],
  ] as const)
    it(`shows the answer to a move, and a counter-offer, where the player is at ${w}×${h}`, async () => {
      const [seed] = counteredAt('RUS', 1);
      const page = await env.newPage(w, h, undefined, TOUCH);
      await page.goto(env.url);
      await page.waitForSelector('#new-game');
      await page.fill('#seed', String(seed));
      await page.tap('#new-game');
      await page.tap('#begin');
      await page.tap('label[for="actor-RUS"]');
      await page.tap('#send');
      await page.waitForSelector('#reply');
      await settled(page);
      /** The focused element's top and bottom, and the top of the tab bar (what is above it is in sight). */
      const seen = () =>
        page.evaluate(() => {
          const f = document.activeElement!;
          const r = f.getBoundingClientRect();
          return {
            id: f.id,
            newest: f === document.querySelector('#panel .answers > li'),
            top: r.top,
            bottom: r.bottom,
            bar: document.querySelector('.views')!.getBoundingClientRect().top,
          };
        });
      // The counter-offer is brought to the top of the screen (it used to appear ~2,700px above it,
      // with the focus left on the Send button out of sight), its heading focused.
      const reply = await seen();
      expect(reply.id).toBe('reply-title');
      expect(reply.top).toBeGreaterThanOrEqual(-1);
      expect(reply.bottom).toBeLessThanOrEqual(reply.bar);
      await shot(page, `phone-${w}x${h}-reply`);
      await check(page, `${w}×${h} counter-offer`);
      // Decline (scrolled to and tapped): the answer that carried the offer takes its place in sight.
      await page.tap('#reply-decline');
      await page.waitForSelector('#reply', { state: 'detached' });
      await settled(page);
      const after = await seen();
      expect(after.newest).toBe(true);
      expect(after.top).toBeGreaterThanOrEqual(-1);
      expect(after.top).toBeLessThan(after.bar);
      await shot(page, `phone-${w}x${h}-after-reply`);
      await page.close();
    });

  for (const [w, h, label, options] of [
    [844, 390, 'phone-844x390', TOUCH],
    [820, 1180, 'tablet-820x1180', TOUCH],
    // Browser zoom at 200% on a 1280×720 laptop, emulated as what it does to the page: a 640×360
    // CSS px viewport at 2 device pixels per CSS px.
    [640, 360, 'laptop-1280x720-zoom200', { deviceScaleFactor: 2 }],
  ] as const) {
    it(`keeps every view readable at ${label}`, async () => {
      const page = await env.newPage(w, h, undefined, options);
      await page.goto(env.url);
      await page.waitForSelector('#new-game');
      await check(page, `${label} title`, `${label}-title`);
      await page.tap('#new-game').catch(() => page.click('#new-game'));
      await page.waitForSelector('#begin');
      await check(page, `${label} briefing`);
      await page.click('#begin');
      await page.waitForSelector('#send');
      await page.click('#send');
      await page.waitForFunction(() => document.querySelectorAll('.answer').length > 0);
      await check(page, `${label} diplomacy`, `${label}-talks`);
      // The teacher's guide and its answer key: tables readable, words whole, each opening at its top.
      await page.click('#open-guide');
      await page.waitForSelector('table.lesson');
      await check(page, `${label} guide`, `${label}-guide`);
      await page.click('#guide-answers');
      await page.waitForSelector('table.answer-key');
      expect(await page.$eval('#reader', (d) => d.scrollTop)).toBe(0);
      await check(page, `${label} answer key`, `${label}-answers`);
      await page.click('#reader-close');
      await page.waitForSelector('dialog[open]', { state: 'detached' });
      if (await page.isVisible('.views')) {
        await page.click('#view-map');
        await page.waitForSelector('#stage canvas', { state: 'visible' });
        await check(page, `${label} map`, `${label}-map`);
        await page.click('#view-meter');
        await check(page, `${label} meter`);
      }
      await page.close();
    });
  }
});
