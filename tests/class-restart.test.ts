// A server restarted mid-round loses nothing, and devices left connected through it resume
// (issue 25, item 7). Three devices (Node clients of the page's own code,
// src/app/together/classClient.ts) stay connected while the server goes down and comes back on the
// same port and database: once as a process killed outright (a crash: its last second of writes may
// not be on disk) with a move played on a device while it is down, once stopped and started in the
// same process (server.stop() used to leave the devices on dead sockets: they never reconnected and
// stopped syncing). The devices must reconnect, authenticate again, resync, and their later moves
// must reach the others; every device ends with the hash the CLI computes for the same moves.
// (The devices' reconnection backs off from 1 s up to 30 s: on a loaded machine the new process can
// take long to start, so the waits here are long; they end as soon as the condition holds.)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startClassServer, CLASS_PROTOCOL, type ClassServer } from '../server/classServer';
import { Store, type TableRow } from '../server/tables';
import { joinTable, type Seat } from '../src/app/together/classClient';
import { tableFromLog } from '../src/release/together';
import { loadScenario } from '../src/data/load';
import { playTogether } from '../src/state/bots/together';
import { buildRules } from '../src/state/rules/rules';

const rules = buildRules(loadScenario());
const ROLES = ['FRA', 'USA', 'RUS'];
const children: ChildProcess[] = [];
const seats: Seat[] = [];
let inProcess: ClassServer | undefined;
afterAll(async () => {
  for (const s of seats) s.destroy();
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await inProcess?.stop();
});

const until = async (what: string, ok: () => boolean, ms = 120_000) => {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** `npm run class` as its own process (node itself, so the PID is the server's). */
function serverProcess(port: number, db: string, dir: string): Promise<ChildProcess> {
  const args = ['--import', 'tsx', 'server/class.ts', '--port', String(port), '--host', '127.0.0.1', '--db', db];
  const c = spawn(process.execPath, [...args, '--dist', join(dir, 'no-build')], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(c);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    c.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      if (out.includes('Students open')) resolve(c);
    });
    c.stderr!.on('data', (d: Buffer) => (err += String(d)));
    c.on('exit', (code) => reject(new Error(`the server exited (${code}): ${err}`)));
  });
}

const exited = (c: ChildProcess) =>
  new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

function devices(port: number, t: TableRow): Record<string, Seat> {
  return Object.fromEntries(
    ROLES.map((role) => {
      const s = joinTable(
        `ws://127.0.0.1:${port}`,
        {
          table: t.code,
          role,
          seed: t.seed,
          roles: t.roles,
          difficulty: 'normal',
          token: t.tokens[role]!,
          version: CLASS_PROTOCOL,
        },
        role,
        WebSocket,
      );
      seats.push(s);
      return [role, s];
    }),
  );
}

/**
 * Plays the CLI's moves from..to on the devices whose roles they are, each when its device sees its
 * turn; `restart` runs once, after the move `at`, with the index of the next move, and says how
 * many moves it played itself.
 */
async function play(
  d: Record<string, Seat>,
  log: ReturnType<typeof playTogether>['log'],
  to: number,
  at: number,
  restart: (k: number) => Promise<number>,
) {
  for (let k = 0; k < to; k++) {
    const m = log[k]!;
    const s = d[m.role]!;
    await until(
      `${m.role}'s turn (move ${k})`,
      () => s.table()?.turn().role === m.role && s.table()!.log().length === k,
    );
    expect(s.play(m.action)).toBeNull();
    if (k === at) k += await restart(k + 1);
  }
  const want = tableFromLog(5, ROLES, log.slice(0, to), []);
  if (!want.ok) throw new Error(want.error);
  for (const [role, s] of Object.entries(d))
    await until(`${role} to see all ${to} moves`, () => s.table()?.log().length === to);
  expect(new Set(Object.values(d).map((s) => s.table()!.hash()))).toEqual(new Set([want.table.hash()]));
}

describe('a server restarted mid-round', () => {
  const cli = playTogether(rules, 5, ROLES, 'strategist');
  // Mid-round 2: the United States has played, Russia has not.
  const at = cli.log.findIndex((m) => m.round === 1 && m.role === 'USA');
  const to = cli.log.findIndex((m) => m.round === 3);

  it('killed as a process: the devices left connected resume, a move made while it was down arrives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-restart-'));
    const db = join(dir, 'class.sqlite');
    const store = new Store(db);
    const t = store.newTable(5, ROLES);
    store.close();
    const port = await freePort();
    let server = await serverProcess(port, db, dir);
    const d = devices(port, t);
    await Promise.all(Object.values(d).map((s) => s.synced()));
    await play(d, cli.log, to, at, async (k) => {
      for (const s of Object.values(d))
        await until('every device to see the move', () => s.table()?.log().length === k);
      server.kill('SIGKILL'); // a crash: no chance to store its last writes
      await exited(server);
      for (const s of Object.values(d))
        await until('the devices to see the server gone', () => s.status() !== 'connected');
      // The next device to play does, while the server is down: the move waits on the device.
      const next = cli.log[k]!;
      expect(d[next.role]!.play(next.action)).toBeNull();
      server = await serverProcess(port, db, dir);
      for (const [role, s] of Object.entries(d))
        await until(`${role} to see the offline move`, () => s.table()?.log().length === k + 1);
      return 1;
    });
    // A device that joins after it all finds every move: the server has them again.
    const late = devices(port, t);
    for (const s of Object.values(late)) await until('a late device to catch up', () => s.table()?.log().length === to);
    server.kill('SIGTERM');
    await exited(server);
  }, 300_000);

  it('stopped and started in its process: the devices left connected resume', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'class-restart-')), 'class.sqlite');
    inProcess = await startClassServer({ port: 0, host: '127.0.0.1', dbFile: db });
    const port = inProcess.port;
    const t = inProcess.store.newTable(5, ROLES);
    const d = devices(port, t);
    await Promise.all(Object.values(d).map((s) => s.synced()));
    await play(d, cli.log, to, at, async (k) => {
      for (const s of Object.values(d))
        await until('every device to see the move', () => s.table()?.log().length === k);
      await inProcess!.stop();
      inProcess = await startClassServer({ port, host: '127.0.0.1', dbFile: db });
      return 0;
    });
  }, 300_000);
});
