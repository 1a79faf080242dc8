// `npm run bench:web`: the production build in headless Chromium against a bare Phaser page, side
// by side in one run: first contentful paint, first usable control, first map frame and bytes
// transferred, on a plain profile, a throttled one (4× CPU, a slow-3G-like network) and a repeat
// visit (the game's served by its service worker); then bundle sizes, the delay from the key that
// ends a round to the new meter, and the idle frame rate.
// A benchmark: it prints what it measures and asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launch } from '../tests/e2e/browser';
import { bundleReport } from './bundle-budget';

const ROOT = process.cwd();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const GAME_PORT = Number(process.env.BENCH_PORT ?? 4306);
const BARE_PORT = GAME_PORT + 90;

function serve(dir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/.bin/vite'),
        'preview',
        '--host',
        '127.0.0.1',
        '--strictPort',
        '--port',
        String(port),
        '--outDir',
        dir,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.stdout!.on('data', (d: Buffer) => d.toString().includes(String(port)) && resolve(child));
    child.on('exit', (c) => reject(new Error(`preview exited ${c}`)));
  });
}

console.log('Bundle (production build, gzip default level; scripts/bundle-budget.ts):');
const bundle = bundleReport(join(ROOT, 'dist'));
for (const line of bundle.lines) console.log(`  ${line}`);
if (bundle.over.length) console.log(`  Over budget: ${bundle.over.join('; ')}`);

/**
 * Runs before the page's own scripts: notes when the first usable control (the title's "New
 * game" button, enabled) is first painted — its Element Timing entry (the button carries
 * elementtiming) — and, as a fallback, when it enters the document. The bare page has no control.
 */
const WATCH_CONTROL = `(() => {
  window.__controlPaint = null;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.identifier === 'new-game' && window.__controlPaint === null) window.__controlPaint = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  const seen = () => {
    const b = document.getElementById('new-game');
    if (b && !b.disabled && !performance.getEntriesByName('bench-control').length) performance.mark('bench-control');
    return !!b;
  };
  new MutationObserver((_, obs) => { if (seen()) obs.disconnect(); })
    .observe(document, { childList: true, subtree: true });
})();`;

interface Visit {
  /** First contentful paint; a page with nothing but a blank canvas has none, so first paint then. */
  fcp: number;
  control: number | null;
  map: number;
  bytes: number;
}

/** Devtools' "Slow 3G" preset: 400 ms round trips ×5, 500 kbit/s ×0.8 each way. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

/**
 * One visit: the times (ms from navigation start) of the first contentful paint, the first usable
 * control and the first frame with the map (the bare page: its first frame), and the bytes that
 * came over the network (not from the service worker or the HTTP cache) until that frame.
 */
async function visit(ctx: BrowserContext, url: string, throttled: boolean): Promise<Visit> {
  const page = await ctx.newPage();
  const cdp: CDPSession = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttled) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  }
  const cached = new Set<string>();
  let bytes = 0;
  let counting = true;
  cdp.on('Network.responseReceived', (e) => {
    const r = e.response as { fromServiceWorker?: boolean; fromDiskCache?: boolean; fromPrefetchCache?: boolean };
    if (r.fromServiceWorker || r.fromDiskCache || r.fromPrefetchCache) cached.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (counting && !cached.has(e.requestId)) bytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  // The game marks its first map frame 'map-frame' (older builds: 'interactive', the title's frame).
  await page.waitForFunction(
    () => performance.getEntriesByName('map-frame').length + performance.getEntriesByName('interactive').length > 0,
    null,
    { timeout: 120_000, polling: 50 },
  );
  counting = false;
  // The control's paint is reported asynchronously: give it a moment to arrive (the bare page has none).
  await page
    .waitForFunction('!document.getElementById("new-game") || window.__controlPaint !== null', null, { timeout: 5_000 })
    .catch(() => undefined);
  // Page functions as source text: tsx would wrap named inner functions in a helper the page lacks.
  const t = (await page.evaluate(`(() => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    return {
      fcp: at('first-contentful-paint') ?? at('first-paint'),
      control: window.__controlPaint ?? at('bench-control'),
      map: at('map-frame') ?? at('interactive'),
    };
  })()`)) as Omit<Visit, 'bytes'>;
  await cdp.detach();
  await page.close();
  return { ...t, bytes };
}

async function profile(browser: Browser, url: string, throttled: boolean, repeat: boolean): Promise<Visit> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await ctx.addInitScript(WATCH_CONTROL);
  try {
    if (!repeat) return await visit(ctx, url, throttled);
    // First visit unthrottled; wait for the service worker (if the page has one) to take charge.
    const first = await ctx.newPage();
    await first.goto(url);
    await first.waitForFunction(
      () => performance.getEntriesByName('map-frame').length + performance.getEntriesByName('interactive').length > 0,
      null,
      { timeout: 60_000 },
    );
    await first.evaluate(async () => {
      if (!('serviceWorker' in navigator) || !(await navigator.serviceWorker.getRegistration())) return;
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await first.close();
    return await visit(ctx, url, throttled);
  } finally {
    await ctx.close();
  }
}

const game = await serve('dist', GAME_PORT);
const bare = await serve('.cache/bench-bare', BARE_PORT);
const browser = await launch();
try {
  const GAME = `http://127.0.0.1:${GAME_PORT}/`;
  const BARE = `http://127.0.0.1:${BARE_PORT}/`;
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const slowRuns = Number(process.env.BENCH_SLOW_RUNS ?? 1);
  const ms = (n: number | null) => (n === null ? '—' : `${n.toFixed(0)} ms`);
  const table: [string, Visit, Visit][] = [];
  for (const [name, throttled, repeat, n] of [
    ['plain', false, false, runs],
    ['throttled (4× CPU, slow 3G)', true, false, slowRuns],
    ['repeat visit', false, true, runs],
  ] as const) {
    const g: Visit[] = [];
    const b: Visit[] = [];
    for (let i = 0; i < n; i++) {
      b.push(await profile(browser, BARE, throttled, repeat));
      g.push(await profile(browser, GAME, throttled, repeat));
    }
    const med = (vs: Visit[]): Visit => ({
      fcp: median(vs.map((v) => v.fcp)),
      control: vs[0]!.control === null ? null : median(vs.map((v) => v.control!)),
      map: median(vs.map((v) => v.map)),
      bytes: median(vs.map((v) => v.bytes)),
    });
    table.push([`${name}, median of ${n}`, med(g), med(b)]);
  }
  console.log('Start-up, ms from navigation start (game · bare Phaser page):');
  for (const [name, g, b] of table) {
    console.log(`  ${name}:`);
    console.log(`    first (contentful) paint ${ms(g.fcp)} · ${ms(b.fcp)}`);
    console.log(
      `    first usable control     ${ms(g.control)} · (none; its first frame ${ms(b.map)})${g.control !== null ? ` → ${g.control < b.map ? 'before' : 'after'} the bare page's first frame` : ''}`,
    );
    console.log(
      `    first map frame          ${ms(g.map)} · ${ms(b.map)} · ratio ${(g.map / b.map).toFixed(2)} (goal ≤ 1.30)`,
    );
    console.log(`    transferred until then   ${kb(g.bytes)} · ${kb(b.bytes)}`);
  }

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page: Page = await ctx.newPage();
  await page.goto(GAME);
  // The page's code has taken the title over (the saved games are listed) once the map is up.
  await page.waitForSelector('#title-history:not([aria-busy])', { state: 'attached' });
  // A first visit opens "how to play" over the page: close it.
  if (await page.isVisible('dialog[open]')) await page.click('#reader-close');
  await page.fill('#seed', '1');
  await page.click('#new-game');
  const delays: number[] = [];
  for (let r = 0; r < 8; r++) {
    await page.click('#begin');
    await page.waitForSelector('#end-round');
    await page.focus('#end-round');
    await page.evaluate(() => {
      const w = window as unknown as { __t?: number; __d?: Promise<number> };
      w.__d = new Promise((resolve) => {
        addEventListener('keydown', (e) => (w.__t = e.timeStamp), { once: true, capture: true });
        const obs = new MutationObserver(() => {
          obs.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - w.__t!));
        });
        obs.observe(document.getElementById('meter')!, { childList: true, subtree: true, characterData: true });
      });
    });
    await page.keyboard.press('Enter');
    delays.push(await page.evaluate(() => (window as unknown as { __d: Promise<number> }).__d));
  }
  console.log(
    `End-of-round key → new meter on screen: median ${median(delays).toFixed(1)} ms, worst ${Math.max(...delays).toFixed(1)} ms over ${delays.length} rounds (goal ≤ 100 ms)`,
  );
  await page.click('#begin');
  const fps = (await page.evaluate(`new Promise((resolve) => {
    let n = 0;
    const t0 = performance.now();
    const tick = () => {
      n++;
      if (performance.now() - t0 < 3000) requestAnimationFrame(tick);
      else resolve((n * 1000) / (performance.now() - t0));
    };
    requestAnimationFrame(tick);
  })`)) as number;
  console.log(`Idle map, headless Chromium (SwiftShader): ${fps.toFixed(1)} frames per second over 3 s`);
  await ctx.close();
} finally {
  await browser.close();
  game.kill();
  bare.kill();
}
