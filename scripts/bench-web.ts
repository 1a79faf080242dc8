// `npm run bench:web`: bundle budgets, time to the first interactive frame against a bare Phaser
// page, the delay from the key that ends a round to the new meter, and the idle frame rate.
// A benchmark: it prints what it measures and asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/e2e/browser';

const ROOT = process.cwd();
const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

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

const assets = join(ROOT, 'dist/assets');
const files = readdirSync(assets);
const js = files.filter((f) => f.endsWith('.js'));
const phaserJs = js.filter((f) => f.startsWith('phaser-'));
const appJs = js.filter((f) => !f.startsWith('phaser-'));
const mapFile = files.find((f) => f.startsWith('map-') && f.endsWith('.svg'))!;
console.log('Bundle (production build, gzip -9 default level):');
console.log(
  `  JavaScript beyond Phaser: ${kb(appJs.reduce((s, f) => s + gz(join(assets, f)), 0))} (budget 150 KB) in ${appJs.join(', ')}`,
);
console.log(`  Phaser chunk:             ${kb(phaserJs.reduce((s, f) => s + gz(join(assets, f)), 0))}`);
console.log(
  `  Map data (first scene):   ${kb(gz(join(assets, mapFile)))} gzipped, ${kb(statSync(join(assets, mapFile)).size)} raw (budget 100 KB)`,
);

const game = await serve('dist', 4301);
const bare = await serve('.cache/bench-bare', 4302);
const browser = await launch();
try {
  const interactive = async (url: string) => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length > 0, null, { timeout: 30_000 });
    const t = await page.evaluate(() => performance.getEntriesByName('interactive')[0]!.startTime);
    await ctx.close();
    return t;
  };
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const g: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    b.push(await interactive('http://127.0.0.1:4302/'));
    g.push(await interactive('http://127.0.0.1:4301/'));
  }
  console.log(`First interactive frame, median of ${runs} (navigation start → first frame after the title):`);
  console.log(
    `  Grand Coalition: ${median(g).toFixed(0)} ms · bare Phaser page: ${median(b).toFixed(0)} ms · ratio ${(median(g) / median(b)).toFixed(2)} (goal ≤ 1.30)`,
  );

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4301/');
  await page.waitForSelector('#new-game');
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
  const fps = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let n = 0;
        const t0 = performance.now();
        const tick = () => {
          n++;
          if (performance.now() - t0 < 3000) requestAnimationFrame(tick);
          else resolve((n * 1000) / (performance.now() - t0));
        };
        requestAnimationFrame(tick);
      }),
  );
  console.log(`Idle map, headless Chromium (SwiftShader): ${fps.toFixed(1)} frames per second over 3 s`);
  await ctx.close();
} finally {
  await browser.close();
  game.kill();
  bare.kill();
}
