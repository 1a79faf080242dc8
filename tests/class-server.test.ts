// The class server (server/classServer.ts) on 127.0.0.1 with three devices (Node clients of the
// same code the page uses, src/app/together/classClient.ts): a whole game of France, the United
// States and Russia played through it ends with equal hashes, equal to the CLI's for the same log;
// the server restarted mid-round loses no move; a device cut off for a while catches up; a device
// cannot write another role's moves; bad tokens, tables, roles, versions and oversized messages
// are refused with clear messages.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startClassServer, CLASS_PROTOCOL, MAX_MESSAGE_BYTES, type ClassServer } from '../server/classServer';
import { Store } from '../server/tables';
import { joinTable, type Joined, type Seat } from '../src/app/together/classClient';
import { loadScenario } from '../src/data/load';
import { playTogether } from '../src/state/bots/together';
import { buildRules } from '../src/state/rules/rules';
import { togetherHash } from '../src/state/rules/together';

const rules = buildRules(loadScenario());
const dir = mkdtempSync(join(tmpdir(), 'class-'));
const dbFile = join(dir, 'class.sqlite');
let server: ClassServer;
const open: Seat[] = [];
afterAll(async () => {
  for (const s of open) s.destroy();
  await server?.stop();
});

const until = async (what: string, ok: () => boolean, ms = 20_000) => {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

function seat(port: number, j: Joined, who = j.role): Seat {
  const s = joinTable(`ws://127.0.0.1:${port}`, j, who, WebSocket);
  open.push(s);
  return s;
}

const joined = (t: { code: string; seed: number; roles: string[]; tokens: Record<string, string> }, role: string) => ({
  table: t.code,
  role,
  seed: t.seed,
  roles: t.roles,
  difficulty: 'normal' as const,
  token: t.tokens[role]!,
  version: CLASS_PROTOCOL,
});

/** A raw connection to one document with a token, to try what the page never does. */
function raw(port: number, name: string, token: string) {
  const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket });
  const doc = new Y.Doc();
  let failed: string | null = null;
  const p = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => (failed = reason),
  });
  p.attach();
  return {
    doc,
    p,
    failed: () => failed,
    destroy: () => {
      p.destroy();
      socket.destroy();
    },
  };
}

describe('the class server', () => {
  it('plays a whole game of three devices to the CLI’s hash, through a restart and a device cut off', async () => {
    server = await startClassServer({ port: 0, host: '127.0.0.1', dbFile });
    const port = server.port;
    const t = server.store.newTable(5, ['FRA', 'USA', 'RUS']);
    const cli = playTogether(rules, 5, ['FRA', 'USA', 'RUS'], 'strategist');
    const want = togetherHash(cli);
    let seats = Object.fromEntries(t.roles.map((r) => [r, seat(port, joined(t, r))]));
    await Promise.all(Object.values(seats).map((s) => s.synced()));

    // Each device plays its role's moves of the CLI's game, in its turns, as it sees them come.
    let k = 0;
    const latencies: number[] = [];
    let restarted = false;
    let cut = false;
    while (k < cli.log.length) {
      const m = cli.log[k]!;
      const s = seats[m.role]!;
      await until(
        `${m.role}'s turn (move ${k})`,
        () => s.table()?.turn().role === m.role && s.table()!.log().length === k,
      );
      const t0 = performance.now();
      expect(s.play(m.action)).toBeNull();
      k += 1;
      // The next device to move sees this one's move: the time from a move to its arrival.
      const next = cli.log[k];
      if (next && next.role !== m.role) {
        const other = seats[next.role]!;
        await until(`move ${k} to arrive at ${next.role}`, () => (other.table()?.log().length ?? 0) >= k);
        latencies.push(performance.now() - t0);
      }
      if (!restarted && m.round === 3 && m.role === 'USA') {
        // The server goes down mid-round and comes back on the same port and file.
        restarted = true;
        // Every move so far is on disk (the store writes a debounced snapshot of each role's
        // document) before the server goes down.
        const onDisk = (role: string) => {
          const state = server.store.fetch(`${t.code}/${role}`);
          const d = new Y.Doc();
          if (state) Y.applyUpdate(d, state);
          return d.getMap('moves').size;
        };
        await until('every move on disk', () => t.roles.reduce((n, r) => n + onDisk(r), 0) === k);
        await server.stop();
        server = await startClassServer({ port, host: '127.0.0.1', dbFile });
        // New devices join (pages reloaded) and find every move on disk: nothing was lost. (Devices
        // left connected through a restart: tests/class-restart.test.ts.)
        for (const s of Object.values(seats)) s.destroy();
        seats = Object.fromEntries(t.roles.map((r) => [r, seat(port, joined(t, r))]));
        await Promise.all(Object.values(seats).map((s) => s.synced()));
        expect(seats.RUS!.table()!.log().length).toBe(k);
      }
      if (!cut && m.round === 6 && m.role === 'FRA' && m.action.type === 'end') {
        // Russia's device drops for a while, and catches up when it comes back.
        cut = true;
        seats.RUS!.disconnect();
        await new Promise((r) => setTimeout(r, 300));
        seats.RUS!.connect();
      }
    }
    for (const s of Object.values(seats))
      await until('the last move everywhere', () => s.table()?.turn().role === null);
    const hashes = Object.values(seats).map((s) => s.table()!.hash());
    expect(new Set(hashes)).toEqual(new Set([want]));
    latencies.sort((a, b) => a - b);
    console.log(
      `class server: ${cli.log.length} moves, move→other device median ${latencies[latencies.length >> 1]!.toFixed(1)} ms, p95 ${latencies[Math.floor(latencies.length * 0.95)]!.toFixed(1)} ms`,
    );
    expect(restarted && cut).toBe(true);
  });

  it('refuses a write to another role’s document, and bad tokens, tables, roles and versions', async () => {
    const port = server.port;
    const t = server.store.newTable(9, ['FRA', 'RUS']);
    const fra = raw(port, `${t.code}/RUS`, JSON.stringify({ token: t.tokens.FRA, version: CLASS_PROTOCOL }));
    await until('read-only sync', () => fra.p.isSynced);
    fra.doc.getMap('moves').set('0|0', JSON.stringify({ type: 'end' }));
    const rus = seat(port, joined(t, 'RUS'));
    await rus.synced();
    await new Promise((r) => setTimeout(r, 500));
    expect(rus.table()!.log()).toEqual([]); // France's write never reached Russia's document
    fra.destroy();

    const refusal = async (name: string, token: string) => {
      const c = raw(port, name, token);
      await until('a refusal', () => c.failed() !== null);
      c.destroy();
      return c.failed();
    };
    const tok = (token: string, version = CLASS_PROTOCOL) => JSON.stringify({ token, version });
    expect(await refusal(`${t.code}/FRA`, tok('nope'))).toMatch(/wrong token for table/);
    expect(await refusal(`NOSUCH/FRA`, tok(t.tokens.FRA!))).toMatch(/unknown table NOSUCH/);
    expect(await refusal(`${t.code}/USA`, tok(t.tokens.FRA!))).toMatch(/has no role USA \(it has FRA, RUS\)/);
    expect(await refusal(`${t.code}/FRA`, tok(t.tokens.FRA!, CLASS_PROTOCOL + 1))).toMatch(/reload the page/);
    expect(await refusal(`${t.code}/FRA`, 'garbage')).toMatch(/bad token/);

    // An oversized message is refused: it never reaches the document.
    const big = raw(port, `${t.code}/FRA`, tok(t.tokens.FRA!));
    await until('sync', () => big.p.isSynced);
    big.doc.getMap('moves').set('0|0', 'x'.repeat(MAX_MESSAGE_BYTES + 10));
    await new Promise((r) => setTimeout(r, 500));
    big.destroy();
    const fraSeat = seat(port, joined(t, 'FRA'));
    await fraSeat.synced();
    expect(fraSeat.table()!.log()).toEqual([]);

    // A malformed move in a role's own document is named, not played.
    const bad = raw(port, `${t.code}/RUS`, tok(t.tokens.RUS!));
    await until('sync', () => bad.p.isSynced);
    bad.doc.getMap('moves').set('zz', '{');
    await until('the malformed move to be named', () => /malformed move/.test(rus.problem() ?? ''));
    bad.destroy();
  });
});

describe('the tables file', () => {
  it('keeps every move when two processes store their copies of a document, the later one behind', () => {
    // Two processes behind Redis share the file, each with its own connection and copy of the document.
    const file = join(dir, 'shared.sqlite');
    const [a, b] = [new Store(file), new Store(file)];
    const base = new Y.Doc();
    base.getMap('moves').set('0|0', '{"type":"end"}');
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(base));
    ahead.getMap('moves').set('1|0', '{"type":"end"}');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(base));
    other.getMap('moves').set('1|1', '{"type":"call","target":"RUS"}');
    const keys = (s: Store) => {
      const d = new Y.Doc();
      Y.applyUpdate(d, s.fetch('T/FRA')!);
      return [...d.getMap('moves').keys()].sort();
    };
    a.store('T/FRA', Y.encodeStateAsUpdate(ahead));
    // B's copy had not yet received A's last move when B stored it: A's move stays on disk.
    b.store('T/FRA', Y.encodeStateAsUpdate(base));
    expect(keys(a)).toEqual(['0|0', '1|0']);
    // Copies that went apart are kept together, whichever stores last.
    b.store('T/FRA', Y.encodeStateAsUpdate(other));
    expect(keys(a)).toEqual(['0|0', '1|0', '1|1']);
    expect(keys(b)).toEqual(keys(a));
    a.close();
    b.close();
  });
});
