// End-to-end: an update taken in another tab never strands an open one. The next version here no
// longer has the teacher's pages' chunks of this one (their files are gone from the server and from
// the new worker's precache, as after any real release); the tab still running this version opens
// them all the same, from the files it kept (src/app/updates.ts), and its game goes on.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, ROOT, startPreview, waitForTitle } from './browser';
import { diplomacyAt, useBrowser } from './harness';

const env = useBrowser();
const GONE = /^(guideView|handoutView|answersView|answerKey)-.*\.js$/;

describe('an update taken in another tab', () => {
  it('leaves this tab its lazy chunks: the teacher’s pages still open, and the game plays on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grand-coalition-elsewhere-'));
    cpSync(join(ROOT, 'dist'), dir, { recursive: true });
    const port = await freePort();
    const server = await startPreview(port, dir);
    const url = `http://127.0.0.1:${port}/`;
    try {
      const a = await env.newPage();
      await a.goto(url);
      await a.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      });
      await diplomacyAt(a, url, 71);
      // This version's files are kept (the page copies them once its worker is in charge).
      const gone = readdirSync(join(dir, 'assets')).filter((f) => GONE.test(f));
      expect(gone).toHaveLength(4);
      await a.waitForFunction(
        async (files) => {
          const kept = await caches.open('grand-coalition-kept');
          const urls = (await kept.keys()).map((r) => r.url);
          return files.every((f) => urls.some((u) => u.endsWith(`/assets/${f}`)));
        },
        gone,
        { polling: 200 },
      );
      // The next version is published: without these files, on the server and in its precache.
      let sw = readFileSync(join(dir, 'sw.js'), 'utf8');
      for (const f of gone) {
        unlinkSync(join(dir, 'assets', f));
        sw = sw.replace(
          new RegExp(`\\{\\s*"url": "assets/${f.replace(/[.$]/g, '\\$&')}",\\s*"revision": null\\s*\\},?\\s*`),
          '',
        );
      }
      expect(sw).not.toMatch(/guideView/);
      writeFileSync(join(dir, 'sw.js'), `${sw}\n// the next version\n`);
      // (the preview answers a missing file with the page itself, which no browser runs as a module)
      expect((await a.request.get(`${url}assets/${gone[0]}`)).headers()['content-type']).toMatch(/html/);
      await a.evaluate(async () => {
        const reg = (await navigator.serviceWorker.getRegistration())!;
        await reg.update();
      });
      // Tab B takes the update: the new worker takes charge and empties the old precache.
      const b = await a.context().newPage();
      await b.goto(url);
      await waitForTitle(b);
      await b.waitForSelector('#take-update');
      await Promise.all([b.waitForEvent('load'), b.click('#take-update')]);
      await waitForTitle(b);
      expect(
        await a.evaluate(async (f) => {
          for (const name of await caches.keys())
            if (name.startsWith('workbox-precache') && (await (await caches.open(name)).match(`/assets/${f}`)))
              return true;
          return false;
        }, gone[0]!),
      ).toBe(false);
      // Tab A, still on the earlier version mid-round, opens the teacher's guide and its kit.
      await a.click('#open-guide');
      await a.waitForSelector('dialog#reader[open] h2');
      expect(await a.textContent('dialog#reader')).toMatch(/lesson/i);
      expect(await a.$('#stale-version')).toBeNull();
      await a.keyboard.press('Escape');
      // And plays on.
      await a.click('#send');
      await a.waitForSelector('.answer');
      await b.close();
      await a.close();
    } finally {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
