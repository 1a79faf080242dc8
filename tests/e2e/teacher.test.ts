// The teacher's page (`#teacher`, issue 25 item 4) through the class server on 127.0.0.1: a wrong
// key is refused with a message; with the class's key it lists every table live (round, whose turn,
// meter, the capitals in the coalition, the groups) as devices (Node clients of the page's code)
// play; a round is closed from the keyboard and the table's devices see the close; "Download all"
// gives a zip of every table's replay, each verifying with the devices' hash. Screenshots at phone,
// tablet and laptop sizes (test-output/screenshots/teacher-*.png); axe finds nothing serious.
import { createReadStream, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { axe, tabTo, useBrowser } from './harness';
import { englishIn } from './english';
import { ROOT, shot } from './browser';
import { scenario } from '../helpers';
import { startClassServer, CLASS_PROTOCOL, type ClassServer } from '../../server/classServer';
import type { TableRow } from '../../server/tables';
import { joinTable, type Seat } from '../../src/app/together/classClient';
import { readZip } from '../../src/app/zipFile';
import { loadTogether } from '../../src/state/replays/together';

const env = useBrowser();
let server: ClassServer | undefined;
const seats: Seat[] = [];
afterAll(async () => {
  for (const s of seats) s.destroy();
  await server?.stop();
});

function device(port: number, t: TableRow, role: string): Seat {
  const j = { table: t.code, role, seed: t.seed, roles: t.roles, difficulty: 'normal' as const };
  const s = joinTable(
    `ws://127.0.0.1:${port}`,
    { ...j, token: t.tokens[role]!, version: CLASS_PROTOCOL },
    role,
    WebSocket,
  );
  seats.push(s);
  return s;
}

describe('the teacher’s page', () => {
  it('shows every table live, closes a round from the keyboard, downloads all replays', async () => {
    server = await startClassServer({
      port: 0,
      host: '127.0.0.1',
      dbFile: join(mkdtempSync(join(tmpdir(), 'teacher-e2e-')), 'c.sqlite'),
      onRequest(req, res) {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const file = join(ROOT, 'dist', path === '/' ? 'index.html' : path.replace(/\.\./g, ''));
        if (!existsSync(file)) return false;
        const ext = file.slice(file.lastIndexOf('.'));
        const type = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' }[ext];
        res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
        return true;
      },
    });
    const port = server.port;
    const a = server.store.newTable(12, ['FRA', 'USA', 'RUS']);
    const b = server.store.newTable(13, ['FRA', 'RUS']);
    const fra = device(port, a, 'FRA');
    const usa = device(port, a, 'USA');
    const bRus = device(port, b, 'RUS');
    await Promise.all([fra.synced(), usa.synced(), bRus.synced()]);
    expect(fra.play({ type: 'end' })).toBeNull();

    const page = await env.newPage(1280, 720);
    await page.goto(`http://127.0.0.1:${port}/?class&key=nope#teacher`);
    await page.waitForSelector('#teacher-problem');
    expect(await page.textContent('#teacher-problem')).toMatch(/wrong teacher key/);

    await page.goto(`http://127.0.0.1:${port}/?class&key=${server.store.classKey()}#teacher`);
    const card = (t: TableRow, part: string) => `#teacher-${t.code} .teacher-${part}`;
    await page.waitForFunction(
      (s) => document.querySelector(s)?.textContent === 'United States plays',
      card(a, 'turn'),
    );
    const rounds = scenario.calendar.rounds.length;
    expect(await page.textContent(card(a, 'round'))).toMatch(new RegExp(`^1 of ${rounds} \\(`));
    expect(await page.textContent(card(a, 'meter'))).toMatch(/^\d+ \/ 100$/);
    expect(await page.textContent(card(a, 'members'))).toBeTruthy();
    expect(await page.textContent(card(a, 'groups'))).toBe('France, United States and Russia');
    expect(await page.textContent(card(b, 'turn'))).toBe('France plays');
    expect(await page.textContent('#teacher-status')).toBe('2 tables, 0 finished.');

    // Live: a device plays, the teacher's page follows.
    expect(usa.play({ type: 'end' })).toBeNull();
    await page.waitForFunction((s) => document.querySelector(s)?.textContent === 'Russia plays', card(a, 'turn'));

    // Table b's France never moves: the teacher closes the round with the keyboard; b's devices see it.
    await tabTo(page, `#teacher-${b.code} .teacher-close`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => /^2 of /.test(document.querySelector(s)?.textContent ?? ''), card(b, 'round'));
    await expect.poll(() => bRus.table()?.closes().length).toBe(1);
    expect(bRus.table()!.turn().round).toBe(1);

    await axe(page, 'teacher');
    for (const [w, hgt] of [
      [390, 844],
      [820, 1180],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width: w, height: hgt });
      // Nothing wider than the screen: the cards wrap.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await shot(page, `teacher-${w}x${hgt}`);
    }

    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#teacher-download-all')]);
    const chunks: Buffer[] = [];
    for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
    const zip = readZip(new Uint8Array(Buffer.concat(chunks)));
    if (!zip.ok) throw new Error(zip.error);
    const byName = Object.fromEntries(zip.entries.map((e) => [e.name, 'text' in e ? e.text : e.error]));
    expect(Object.keys(byName).sort()).toEqual(
      [`grand-coalition-${a.code}.json`, `grand-coalition-${b.code}.json`].sort(),
    );
    const ra = loadTogether(byName[`grand-coalition-${a.code}.json`]!, scenario);
    const rb = loadTogether(byName[`grand-coalition-${b.code}.json`]!, scenario);
    expect(ra.ok && ra.replay.hash).toBe(fra.table()!.hash());
    expect(rb.ok && rb.replay.hash).toBe(bRus.table()!.hash());

    // A table's game so far opens in the replay viewer, in a tab of its own.
    const [viewer] = await Promise.all([
      page.context().waitForEvent('page'),
      page.click(`#teacher-${a.code} .teacher-view`),
    ]);
    await viewer.waitForSelector('#viewer-title[data-together="FRA,USA,RUS"]');
    // Round 1 as played so far: France and the United States ended it at once, Russia has yet to move.
    for (const role of ['FRA', 'USA', 'RUS'])
      expect(await viewer.textContent(`#viewer-role-${role}`)).toContain('No moves this round.');
    expect(await viewer.getAttribute('#fingerprint', 'data-hash')).toBe(fra.table()!.hash());

    // In French (?lang=fr): the same cards with no English left, and a refused key in French too.
    await page.goto(`http://127.0.0.1:${port}/?class&lang=fr&key=nope#teacher`);
    await page.waitForSelector('#teacher-problem');
    expect(await page.textContent('#teacher-problem')).toMatch(/^clé du professeur erronée/);
    await page.goto(`http://127.0.0.1:${port}/?class&lang=fr&key=${server.store.classKey()}#teacher`);
    await page.waitForFunction(
      (s) => document.querySelector(s)?.textContent === 'Au tour de la Russie de jouer',
      card(a, 'turn'),
    );
    expect(await page.textContent(card(a, 'round'))).toMatch(/^1 sur \d+ \([a-z]{3}\. \d+ nov\. 2015\)$/);
    expect(await page.textContent('#teacher-status')).toBe('2 tables, 0 terminée.');
    expect(await englishIn(page, ['#panel', '#topbar'])).toEqual([]);
    for (const [w, hgt] of [
      [390, 844],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width: w, height: hgt });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await shot(page, `teacher-fr-${w}x${hgt}`);
    }
  });
});
