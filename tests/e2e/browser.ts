// Headless Debian Chromium driven by playwright-core (no browser download), against the
// production build served by `vite preview` on loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const SHOTS = join(ROOT, 'test-output', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A port free on loopback now, so test files (and other checkouts' runs) never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Serves the production build (or the build in `outDir`) on loopback at `port`. */
export function startPreview(port: number, outDir?: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', '.bin', 'vite'),
        'preview',
        '--host',
        '127.0.0.1',
        '--strictPort',
        '--port',
        String(port),
        ...(outDir ? ['--outDir', outDir] : []),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const timer = setTimeout(() => reject(new Error('vite preview did not start in 20 s')), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes(String(port))) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Resolves when nothing on the page is moving (no CSS transition or animation running, such as the
 * map's fade-in) and two frames have been drawn since, so the map's scene has drawn what the page
 * last gave it (Phaser steps on animation frames).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Resolves when the title page is up, the page's code has taken it over (the saved games are
 * listed: src/app/titleShell.ts) and the map (Phaser) has faded in.
 */
export async function waitForTitle(page: Page): Promise<void> {
  await page.waitForSelector('#title-history:not([aria-busy])', { state: 'attached' });
  await page.waitForSelector('#stage.map-ready canvas');
  await settled(page);
}
