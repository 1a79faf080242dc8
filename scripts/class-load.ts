// `npm run class:load -- [--tables 30] [--seconds 120] [--separate]`: one class server process on
// loopback with N tables of three bot devices each (France, the United States, Russia, each its own
// WebSocket), all playing at once; bounded in time. Prints moves per second, the time from a move on
// one device to its arrival on the next device to play (median, p95), CPU time and memory, and
// whether every finished table's three devices agree with the CLI's hash. By default the server
// runs in this process beside the bots; with --separate it is `server/class.ts` in a process of its
// own (on the tables' file this script writes), and its CPU time and memory are read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { startClassServer, CLASS_PROTOCOL } from '../server/classServer';
import { Store } from '../server/tables';
import { joinTable, type Seat } from '../src/app/together/classClient';
import { loadScenario } from '../src/data/load';
import { playTogether } from '../src/state/bots/together';
import { buildRules } from '../src/state/rules/rules';
import { togetherHash } from '../src/state/rules/together';

const { values } = parseArgs({
  options: {
    tables: { type: 'string', default: '30' },
    seconds: { type: 'string', default: '120' },
    separate: { type: 'boolean', default: false },
  },
});
const N = Number(values.tables);
const rules = buildRules(loadScenario());
const dbFile = join(mkdtempSync(join(tmpdir(), 'load-')), 'c.sqlite');
const ROLES = ['FRA', 'USA', 'RUS'];

/** The server: in this process, or `server/class.ts` in its own (then its tables are made here first). */
async function serve(): Promise<{ url: string; store: Store; child: ChildProcess | null; stop(): Promise<void> }> {
  if (!values.separate) {
    const s = await startClassServer({ port: 0, host: '127.0.0.1', dbFile });
    return { url: `ws://127.0.0.1:${s.port}`, store: s.store, child: null, stop: () => s.stop() };
  }
  const store = new Store(dbFile);
  for (let i = 0; i < N; i++) store.newTable(100 + i, ROLES);
  const args = ['--import', 'tsx', 'server/class.ts', '--port', '0', '--host', '127.0.0.1', '--db', dbFile];
  const child = spawn(process.execPath, [...args, '--tables', '0', '--dist', join(dbFile, '..', 'no-build')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      const m = /Students open: http:\/\/[^:]+:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    store,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      store.close();
    },
  };
}

/** A process's CPU seconds (user + system) and resident memory in MB, from /proc. */
function procUsage(pid: number): { cpu: number; rssMB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15), in clock ticks of 1/100 s
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpu: ticks / 100, rssMB: rss ? Number(rss[1]) / 1000 : NaN };
}

const server = await serve();
const url = server.url;
const serverCpu0 = server.child ? procUsage(server.child.pid!).cpu : 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const deadline = t0 + Number(values.seconds) * 1000;
const lat: number[] = [];
let moves = 0;

async function table(i: number): Promise<'agree' | 'differ' | 'unfinished'> {
  const roles = ROLES;
  const row = values.separate
    ? server.store.tables().find((t) => t.seed === 100 + i)!
    : server.store.newTable(100 + i, roles);
  const game = playTogether(rules, 100 + i, roles, 'strategist');
  const seats: Record<string, Seat> = {};
  for (const r of roles)
    seats[r] = joinTable(
      url,
      {
        table: row.code,
        role: r,
        seed: row.seed,
        roles,
        difficulty: 'normal',
        token: row.tokens[r]!,
        version: CLASS_PROTOCOL,
      },
      r,
      WebSocket,
    );
  await Promise.all(Object.values(seats).map((s) => s.synced()));
  const sent = new Map<number, number>();
  // Each device plays its role's moves of the bot game whenever the fold says it is its turn.
  await new Promise<void>((done) => {
    const step = () => {
      if (performance.now() > deadline) return done();
      for (const r of roles) {
        const t = seats[r]!.table();
        if (!t) continue;
        const k = t.log().length;
        if (sent.has(k - 1) && game.log[k - 1]!.role !== r) {
          lat.push(performance.now() - sent.get(k - 1)!);
          sent.delete(k - 1);
        }
        if (k >= game.log.length) continue;
        const m = game.log[k]!;
        if (m.role !== r || t.turn().role !== r) continue;
        sent.set(k, performance.now());
        if (seats[r]!.play(m.action) === null) moves += 1;
      }
      if (roles.every((r) => seats[r]!.table()?.turn().role === null)) return done();
      setTimeout(step, 5);
    };
    step();
  });
  const hashes = roles.map((r) => seats[r]!.table()?.hash());
  for (const s of Object.values(seats)) s.destroy();
  if (roles.some((r) => seats[r]!.table()?.turn().role !== null)) return 'unfinished';
  return hashes.every((h) => h === togetherHash(game)) ? 'agree' : 'differ';
}

const results = await Promise.all(Array.from({ length: N }, (_, i) => table(i)));
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
lat.sort((a, b) => a - b);
const serverUse = server.child ? procUsage(server.child.pid!) : null;
const q = (p: number) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(lat.length * p))]!.toFixed(1) : '-');
process.stdout.write(
  `${N} tables (3 devices each, ${server.child ? 'the server in its own process' : 'one process for the server and the bots'}): ${moves} moves in ${secs.toFixed(1)} s = ${(moves / secs).toFixed(1)} moves/s\n` +
    `move to the next device: median ${q(0.5)} ms, p95 ${q(0.95)} ms (${lat.length} samples)\n` +
    `tables: ${results.filter((r) => r === 'agree').length} finished with the CLI's hash on every device, ${results.filter((r) => r === 'differ').length} differ, ${results.filter((r) => r === 'unfinished').length} unfinished\n` +
    `${server.child ? "the bots' process" : 'process'} CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n` +
    (serverUse
      ? `the server's process: CPU ${(serverUse.cpu - serverCpu0).toFixed(1)} s (${(((serverUse.cpu - serverCpu0) / secs) * 100).toFixed(0)}% of one core), RSS ${serverUse.rssMB.toFixed(0)} MB, ${(moves / Math.max(0.01, serverUse.cpu - serverCpu0)).toFixed(0)} moves per CPU-second\n`
      : ''),
);
await server.stop();
process.exit(0);
