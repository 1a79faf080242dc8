// The per-file harness of the browser tests (kept apart from browser.ts, which the benchmark
// also uses outside the test runner).
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, startPreview } from './browser';

/**
 * Starts `vite preview` and Chromium for a test file and stops both after it. `newPage` opens a
 * fresh context (its own storage), optionally with a script that runs before the page's own.
 */
export function useBrowser(port: number) {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startPreview(port);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    async newPage(width = 1280, height = 720, init?: string): Promise<Page> {
      const ctx = await browser!.newContext({ viewport: { width, height }, acceptDownloads: true });
      if (init) await ctx.addInitScript(init);
      const page = await ctx.newPage();
      page.on('pageerror', (e) => {
        throw e;
      });
      return page;
    },
  };
}
