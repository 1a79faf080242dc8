// The meter charts and the map's markers at the sizes they are drawn: a phone, a tablet upright
// (where the debrief's chart is half the window wide) and a laptop. Each chart's words at 16 CSS
// px or more, none cut off at the chart's edge, no curve through a threshold's label; the chart
// drawn again when its box changes; a tap near a marker on a phone takes that marker.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeProjection } from '../../src/scenes/geo';
import { placeActors } from '../../src/scenes/layout';
import { replayFragment } from '../../src/state/replays/link';
import { runPolicy, type PolicyName } from '../../src/state/bots/policies';
import { makeReplay } from '../../src/state/replays/replay';
import { scenario } from '../helpers';
import { settled, shot, waitForTitle } from './browser';
import { AUTOSAVE, debriefOf as openDebrief, useBrowser } from './harness';

const env = useBrowser();
const SIZES = [
  [1280, 720],
  [820, 1180],
  [390, 844],
] as const;

/** What is wrong with the charts on screen, as a reader would see it. */
function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const charts = [...document.querySelectorAll<SVGSVGElement>('svg.chart')].filter(
      (s) => s.getBoundingClientRect().width > 0,
    );
    if (!charts.length) out.push('no chart on screen');
    for (const svg of charts) {
      const box = svg.getBoundingClientRect();
      const scale = svg.getScreenCTM()!.a;
      for (const t of svg.querySelectorAll('text')) {
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < 16) out.push(`"${t.textContent}" at ${px.toFixed(1)} CSS px in a ${Math.round(box.width)} px chart`);
        const r = t.getBoundingClientRect();
        if (
          r.left < box.left - 0.5 ||
          r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 ||
          r.bottom > box.bottom + 0.5
        )
          out.push(`"${t.textContent}" cut off at the edge of a ${Math.round(box.width)} px chart`);
      }
      // No curve passes through a threshold's words (sampled every 2 units along each curve).
      for (const label of svg.querySelectorAll<SVGTextElement>('.threshold-label')) {
        const b = label.getBBox();
        for (const path of svg.querySelectorAll<SVGPathElement>('.series path')) {
          const len = path.getTotalLength();
          for (let s = 0; s <= len; s += 2) {
            const p = path.getPointAtLength(s);
            if (p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height) {
              out.push(`a curve runs through "${label.textContent}"`);
              break;
            }
          }
        }
      }
    }
    return out;
  });
}

/** Resizes the window and waits for the charts to be drawn for their new boxes. */
async function resize(page: Page, w: number, h: number): Promise<void> {
  await page.setViewportSize({ width: w, height: h });
  await settled(page);
  await page.waitForFunction(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg.chart')].every((s) => {
      const w = Math.floor(s.getBoundingClientRect().width);
      return w === 0 || w < 240 || Math.abs(Number(s.dataset.width) - Math.min(960, w)) < 1;
    }),
  );
}

const debriefOf = (policy: PolicyName, seed: number): Promise<Page> =>
  openDebrief(env, policy, seed, 'FRA', [1280, 720]);

describe('the meter charts', () => {
  it("draw the debrief's chart for its own box, at every size, with nothing cut off or crossed", async () => {
    const page = await debriefOf('strategist', 7);
    for (const [w, h] of SIZES) {
      await resize(page, w, h);
      await page.evaluate(() => document.querySelector('svg.chart')!.scrollIntoView({ block: 'center' }));
      expect(await chartProblems(page), `debrief at ${w}×${h}`).toEqual([]);
      await shot(page, `chart-debrief-${w}x${h}`);
    }
    // The tablet's two columns: the chart is narrower than half the window, and is drawn so.
    await resize(page, 820, 1180);
    const { box, drawn } = await page.$eval('svg.chart', (s) => ({
      box: s.getBoundingClientRect().width,
      drawn: Number(s.dataset.width),
    }));
    expect(box).toBeLessThan(500);
    expect(drawn).toBe(Math.floor(box));
  });

  it("draw a class comparison's curves with their numbers and thresholds readable at every size", async () => {
    const policies: PolicyName[] = ['greedy', 'random', 'historical', 'strategist', 'passive'];
    const links = policies.map(
      (p) => `https://example.org/#${replayFragment(makeReplay(scenario, runPolicy(scenario, 2015, 'FRA', p)))}`,
    );
    const page = await env.newPage(1280, 720);
    await page.goto(env.url);
    await waitForTitle(page);
    await page.click('#open-compare');
    await page.fill('#compare-links', links.join('\n'));
    await page.click('#compare-add-links');
    await page.waitForFunction((n) => document.querySelectorAll('#compare-table tbody tr').length === n, links.length);
    for (const [w, h] of SIZES) {
      await resize(page, w, h);
      await page.evaluate(() => document.querySelector('svg.chart')!.scrollIntoView({ block: 'center' }));
      expect(await chartProblems(page), `comparison at ${w}×${h}`).toEqual([]);
      // Every game's number is on the chart once.
      const numbers = await page.$$eval('svg.chart .end-label', (ts) =>
        ts.flatMap((t) => {
          const rows = t.querySelectorAll('tspan');
          return (rows.length ? [...rows].map((r) => r.textContent ?? '') : [t.textContent ?? '']).flatMap((r) =>
            r.split(', ').map(Number),
          );
        }),
      );
      expect(numbers.sort((a, b) => a - b)).toEqual(links.map((_, i) => i + 1));
      await shot(page, `chart-compare-${w}x${h}`);
    }
  });
});

describe('the map on a phone', () => {
  const TOUCH = { hasTouch: true, isMobile: true };
  const places = placeActors(scenario.actors, makeProjection());
  /** The title with the page's code in charge (the map is another view on a phone: not waited for). */
  const titleOnPhone = (page: Page) => page.waitForSelector('#title-history:not([aria-busy])', { state: 'attached' });

  it("takes a tap 14 CSS px below Russia's marker for Russia", async () => {
    const page = await env.newPage(390, 844, undefined, TOUCH);
    await page.goto(env.url);
    await titleOnPhone(page);
    await page.tap('#new-game');
    await page.tap('#begin');
    await page.waitForSelector('#send');
    await page.tap('#view-map');
    await page.waitForSelector('#stage.map-ready canvas', { state: 'visible' });
    await page.waitForFunction(() => performance.getEntriesByName('map-frame').length > 0);
    await settled(page);
    const c = await page.$eval('#stage canvas', (e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, s: r.width / 1000 };
    });
    const ru = places.find((p) => p.id === 'RUS')!;
    await page.touchscreen.tap(c.x + ru.x * c.s, c.y + ru.y * c.s + 14);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="target"]:checked'));
    expect(await page.$eval('input[name="target"]:checked', (e) => (e as HTMLInputElement).value)).toBe('RUS');
  });

  it("shows the final world on the debrief's map, and the meter once, as the panel's chart", async () => {
    const replay = makeReplay(scenario, runPolicy(scenario, 3, 'FRA', 'historical'));
    const page = await env.newPage(
      390,
      844,
      `localStorage.setItem(${JSON.stringify(AUTOSAVE)}, ${JSON.stringify(JSON.stringify(replay))})`,
      TOUCH,
    );
    await page.goto(env.url);
    await titleOnPhone(page);
    await page.tap('#continue');
    await page.waitForSelector('#outcome');
    await page.tap('#view-map');
    await page.waitForSelector('#stage canvas', { state: 'visible' });
    // The map of the world as the game ended, with its key (the meter is not drawn on it again).
    expect(await page.$eval('#stage', (s) => s.dataset.scene)).toBe('WorldMap');
    expect(await page.isVisible('.map-key')).toBe(true);
    // Tapping a marker picks a capital only in the talks: the key does not offer it here.
    expect(await page.isVisible('.map-tap')).toBe(false);
    await shot(page, 'chart-debrief-map-390x844');
    // One chart of the meter in the whole page: the debrief's own.
    expect(await page.$$eval('svg.chart', (c) => c.length)).toBe(1);
  });
});
