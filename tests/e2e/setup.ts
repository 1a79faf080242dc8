// The browser tests' global setup: one production build of the game, one `vite preview` serving it
// and one Chromium, shared by every browser test file (each file connects to the browser and opens
// its own contexts, so storage never leaks between tests).
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM, freePort, startPreview } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview's address, ending in '/'. */
    previewUrl: string;
    /** Where the shared Chromium listens (playwright's `chromium.connect`). */
    browserWs: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  const port = await freePort();
  const [preview, browser] = await Promise.all([
    startPreview(port),
    chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
  ]);
  project.provide('previewUrl', `http://127.0.0.1:${port}/`);
  project.provide('browserWs', browser.wsEndpoint());
  return async () => {
    await browser.close();
    preview.kill();
  };
}
