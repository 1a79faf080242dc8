// `npm run class:load -- [--tables 30] [--seconds 120]`: one class server process on loopback with
// N tables of three bot devices each (France, the United States, Russia, each its own WebSocket),
// all playing at once; bounded in time. Prints moves per second, the time from a move on one device
// to its arrival on the next device to play (median, p95), the server's CPU time and memory, and
// whether every finished table's three devices agree with the CLI's hash.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { startClassServer, CLASS_PROTOCOL } from '../server/classServer';
import { joinTable, type Seat } from '../src/app/together/classClient';
import { loadScenario } from '../src/data/load';
import { playTogether } from '../src/state/bots/together';
import { buildRules } from '../src/state/rules/rules';
import { togetherHash } from '../src/state/rules/together';

const { values } = parseArgs({
  options: { tables: { type: 'string', default: '30' }, seconds: { type: 'string', default: '120' } },
});
const N = Number(values.tables);
const rules = buildRules(loadScenario());
const server = await startClassServer({
  port: 0,
  host: '127.0.0.1',
  dbFile: join(mkdtempSync(join(tmpdir(), 'load-')), 'c.sqlite'),
});
const url = `ws://127.0.0.1:${server.port}`;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const deadline = t0 + Number(values.seconds) * 1000;
const lat: number[] = [];
let moves = 0;

async function table(i: number): Promise<'agree' | 'differ' | 'unfinished'> {
  const roles = ['FRA', 'USA', 'RUS'];
  const row = server.store.newTable(100 + i, roles);
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
const q = (p: number) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(lat.length * p))]!.toFixed(1) : '-');
process.stdout.write(
  `${N} tables (3 devices each, one process for the server and the bots): ${moves} moves in ${secs.toFixed(1)} s = ${(moves / secs).toFixed(1)} moves/s\n` +
    `move to the next device: median ${q(0.5)} ms, p95 ${q(0.95)} ms (${lat.length} samples)\n` +
    `tables: ${results.filter((r) => r === 'agree').length} finished with the CLI's hash on every device, ${results.filter((r) => r === 'differ').length} differ, ${results.filter((r) => r === 'unfinished').length} unfinished\n` +
    `process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n`,
);
await server.stop();
process.exit(0);
