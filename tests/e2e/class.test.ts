// End-to-end: three Chromium pages join one table of the class server (server/classServer.ts, on
// 127.0.0.1, serving this build) by its code, one role each, and play the game together to the
// debrief; France's first move is a proposal Russia answers on its own device. Every page's replay
// verifies in Node with the same hash.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadStream, existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { downloadText, useBrowser } from './harness';
import { ROOT } from './browser';
import { scenario } from '../helpers';
import { startClassServer, type ClassServer } from '../../server/classServer';
import { loadTogether } from '../../src/state/replays/together';

const env = useBrowser();
let server: ClassServer | undefined;
afterAll(async () => server?.stop());

describe('the class server in the browser', () => {
  it('three devices play one table together to the same end', async () => {
    server = await startClassServer({
      port: 0,
      host: '127.0.0.1',
      dbFile: join(mkdtempSync(join(tmpdir(), 'class-e2e-')), 'c.sqlite'),
      onRequest(req, res) {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const file = join(ROOT, 'dist', path === '/' ? 'index.html' : path.replace(/\.\./g, ''));
        if (!existsSync(file)) return false;
        const type = file.endsWith('.js')
          ? 'text/javascript'
          : file.endsWith('.css')
            ? 'text/css'
            : file.endsWith('.html')
              ? 'text/html'
              : 'application/octet-stream';
        res.writeHead(200, { 'content-type': type });
        createReadStream(file).pipe(res);
        return true;
      },
    });
    const t = server.store.newTable(12, ['FRA', 'USA', 'RUS']);
    const base = `http://127.0.0.1:${server.port}/?class`;
    const pages: Record<string, Awaited<ReturnType<typeof env.newPage>>> = {};
    for (const role of t.roles) {
      const page = await env.newPage();
      await page.goto(`${base}#class`);
      await page.fill('#class-table', t.code.toLowerCase());
      await page.selectOption('#class-role', role);
      await page.click('#class-go');
      pages[role] = page;
    }
    // France proposes to Russia, then ends; the United States ends; Russia accepts on its device.
    await pages.FRA!.waitForSelector('#together-turn[data-role="FRA"]');
    await pages.USA!.waitForSelector('#together-waiting');
    await pages.FRA!.selectOption('#together-kind', 'proposal');
    await pages.FRA!.selectOption('#together-target', 'RUS');
    await pages.FRA!.selectOption('#together-issue', 'assad');
    await pages.FRA!.fill('#together-value', '60');
    await pages.FRA!.click('#together-send');
    await pages.FRA!.waitForFunction(() => /waiting for its answer/.test(document.body.textContent ?? ''));
    await pages.FRA!.click('#together-end');
    await pages.USA!.waitForSelector('#together-turn[data-role="USA"]');
    await pages.USA!.click('#together-end');
    await pages.RUS!.waitForSelector('#together-offers');
    expect(await pages.RUS!.textContent('#together-offers')).toMatch(/France proposes: assad 60/);
    await pages.RUS!.click('.offer-accept');
    await pages.RUS!.waitForFunction(() => !document.querySelector('#together-offers'));
    await pages.RUS!.click('#together-end');

    // The other rounds: each device ends its turn when it comes.
    for (let round = 1; round < scenario.calendar.rounds.length; round++)
      for (const role of t.roles) {
        const p = pages[role]!;
        await p.waitForSelector(`#together-turn[data-role="${role}"] #together-end`);
        await p.click('#together-end');
      }
    const texts: string[] = [];
    for (const role of t.roles) {
      const p = pages[role]!;
      await p.waitForSelector('#together-debrief');
      const [d] = await Promise.all([p.waitForEvent('download'), p.click('#together-download')]);
      texts.push(await downloadText(d));
    }
    const checked = texts.map((x) => loadTogether(x, scenario));
    expect(checked.every((c) => c.ok)).toBe(true);
    const hashes = checked.map((c) => (c.ok ? c.replay.hash : ''));
    expect(new Set(hashes).size).toBe(1);
    expect(checked[0]!.ok && checked[0]!.game.past[0]!.map((o) => o.state)).toEqual(['accepted']);
  });
});
