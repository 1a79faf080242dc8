// The per-file harness of the browser tests (kept apart from browser.ts, which the benchmark
// also uses outside the test runner).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Download,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { PlayerAction } from '../../src/state/rules/actions';
import { playAll } from '../../src/state/rules/game';
import { applyAction } from '../../src/state/rules/reducer';
import { runPolicy, type PolicyName } from '../../src/state/bots/policies';
import { makeReplay } from '../../src/state/replays/replay';
import { initWorld } from '../../src/state/rules/step';
import { rules, scenario } from '../helpers';
import { main } from '../../scripts/cli/main';
import { waitForTitle } from './browser';

/**
 * Connects a test file to the Chromium and the preview that the global setup (setup.ts) started
 * for all files. `newPage` opens a fresh context (its own storage), optionally with a script that
 * runs before the page's own and other context options (touch, device scale); every context a
 * test opened is closed after it.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  const open: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserWs'));
  });
  // A page left open keeps its game drawing frames (software WebGL) and slows every later test.
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** The preview's address. */
    url: inject('previewUrl'),
    /** The shared browser (for a test that needs a context of its own making). */
    get browser(): Browser {
      return browser!;
    },
    async newPage(
      width = 1280,
      height = 720,
      init?: string,
      { firstVisit = false, ...options }: BrowserContextOptions & { firstVisit?: boolean } = {},
    ): Promise<Page> {
      const ctx = await browser!.newContext({ viewport: { width, height }, acceptDownloads: true, ...options });
      open.push(ctx);
      // "How to play" opens on a browser's first visit; the tests that are not about it have seen it.
      if (!firstVisit) await ctx.addInitScript(SEEN_HOWTO);
      if (init) await ctx.addInitScript(init);
      const page = await ctx.newPage();
      page.on('pageerror', (e) => {
        throw e;
      });
      return page;
    },
  };
}

export const SEEN_HOWTO = `try { localStorage.setItem('grand-coalition-howto-seen', '1') } catch {}`;

/** A download's text, read through the connection to the shared browser (no local path there). */
export async function downloadText(d: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Presses Tab until the element matching `selector` has focus. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/** axe-core's own script, the one @axe-core/playwright would inject. */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: unknown[];
}

/**
 * axe-core on the page as it is: no serious or critical violation, nor any of the rules in `also`.
 * Every rule runs, as @axe-core/playwright's AxeBuilder runs them, but in the page itself (the
 * game has no frames to reach): its script is put in once per document rather than at every check
 * (parsing it took most of a check's time), and only the violations come back.
 */
export async function axe(page: Page, name: string, also: string[] = []): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> };
    };
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.length }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || also.includes(v.id));
  expect(bad.map((v) => `${name}: ${v.id} (${v.nodes}) ${v.help}`)).toEqual([]);
}

/** Opens the game, starts a new one with `seed` by mouse, and enters the first diplomacy phase. */
export async function diplomacyAt(page: Page, url: string, seed: number): Promise<void> {
  await page.goto(url);
  await waitForTitle(page);
  await page.fill('#seed', String(seed));
  await page.click('#new-game');
  await page.click('#begin');
  await page.waitForSelector('#send');
}

/** The game records the page's store holds (IndexedDB "grand-coalition"/"games"), oldest first. */
export function storedGames(
  page: Page,
): Promise<
  { id: string; status: string; seed: number; version: string; replay: { actions: unknown[]; hash: string } }[]
> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('grand-coalition');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const q = open.result.transaction('games').objectStore('games').getAll();
          q.onerror = () => reject(q.error);
          q.onsuccess = () =>
            resolve((q.result as { updated: string }[]).sort((a, b) => a.updated.localeCompare(b.updated)) as never);
        };
      }),
  );
}

/** Where earlier builds autosaved: the game moves it into its store at start-up (src/app/gameStore.ts). */
export const AUTOSAVE = 'grand-coalition/autosave/v1';

/**
 * A game made in Node (playAll: the same rules) up to its last `end` move, as the browser would
 * have autosaved it: long games start from here instead of being clicked through.
 */
export function savedGame(seed: number, role: string, actions: PlayerAction[]): string {
  const played = playAll(scenario, seed, role, actions);
  if (!played.ok) throw new Error(played.error);
  return JSON.stringify(makeReplay(scenario, played.game));
}

/** Puts `save` in the page's autosave, reloads, and continues it from the title page. */
export async function continueSaved(page: Page, save: string): Promise<void> {
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [AUTOSAVE, save]);
  await page.reload();
  await waitForTitle(page);
  await page.click('#continue');
}

/** The first seeds at which France's opening call to `target` draws a counter-offer (found by the rules in Node). */
export function counteredAt(target: string, n: number): number[] {
  const out: number[] = [];
  for (let seed = 1; out.length < n && seed < 1000; seed++) {
    const r = applyAction(rules, initWorld(rules, seed, 'FRA'), { type: 'call', target });
    if (r.ok && r.world.rounds[0]!.actions[0]!.answer!.kind === 'counter') out.push(seed);
  }
  if (out.length < n) throw new Error(`no counter-offer from ${target} in 1000 seeds`);
  return out;
}

/** A page whose autosave holds a finished game played by `policy`, opened at its debrief. */
export async function debriefOf(
  env: ReturnType<typeof useBrowser>,
  policy: PolicyName,
  seed: number,
  role = 'FRA',
  [width, height]: readonly [number, number] = [1280, 800],
): Promise<Page> {
  const replay = makeReplay(scenario, runPolicy(scenario, seed, role, policy));
  const page = await env.newPage(
    width,
    height,
    `localStorage.setItem(${JSON.stringify(AUTOSAVE)}, ${JSON.stringify(JSON.stringify(replay))})`,
  );
  await page.goto(env.url);
  await waitForTitle(page);
  await page.click('#continue');
  await page.waitForSelector('#outcome');
  return page;
}

/** `npm run sim`'s output (its main(), in this process; tests/cli.test.ts runs it as a process too). */
export async function sim(...args: string[]): Promise<string> {
  let out = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  expect(await main(args, { stdout: stream, stderr: stream })).toBe(0);
  return out;
}
