// The class server (`npm run class`): Hocuspocus (Yjs documents over WebSockets) with the tables'
// record and every document kept in SQLite. A table is a game played together; each human role
// has its own document (`CODE/FRA`) holding its moves keyed `round|index`, and the table has one
// for the teacher (`CODE/teacher`) holding the rounds the teacher closed. A device connects with
// the token of the role it picked: it writes its own role's document and reads the others'
// (read-only, set by the server), so it cannot write another role's moves. Every device folds the
// documents into the same game (src/release/together.ts: tableFromLog) as the CLI would.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis, type RedisInstance } from '@hocuspocus/extension-redis';
import type { afterLoadDocumentPayload } from '@hocuspocus/server';
import { Store, type TableRow } from './tables';

/** What a client must send with its token: a build older or newer than the server's is told so. */
export const CLASS_PROTOCOL = 1;
/** The largest message a device may send (a move is a few hundred bytes; a whole game some 200 KB). */
export const MAX_MESSAGE_BYTES = 256 * 1024;

export interface Credentials {
  token: string;
  version: number;
}

/** A device's token as it travels: the role's secret and the client's protocol version. */
export const tokenText = (c: Credentials): string => JSON.stringify(c);

function readToken(text: string): Credentials | null {
  try {
    const c = JSON.parse(text) as Partial<Credentials>;
    return typeof c.token === 'string' && typeof c.version === 'number' ? { token: c.token, version: c.version } : null;
  } catch {
    return null;
  }
}

/** Why a connection to a document is refused, or which access it gets. */
export function access(
  store: Store,
  documentName: string,
  tokenRaw: string,
): { ok: true; readOnly: boolean; who: string } | { ok: false; reason: string } {
  const c = readToken(tokenRaw);
  if (!c) return { ok: false, reason: 'bad token: reload the page and join the table again' };
  if (c.version !== CLASS_PROTOCOL)
    return {
      ok: false,
      reason: `this page is version ${c.version} of the class protocol, the server speaks ${CLASS_PROTOCOL}: reload the page`,
    };
  const m = /^([A-Z0-9]{1,12})\/([A-Za-z]{1,12})$/.exec(documentName);
  if (!m) return { ok: false, reason: 'unknown document' };
  const table = store.table(m[1]!);
  if (!table) return { ok: false, reason: `unknown table ${m[1]}: check the code with your teacher` };
  const doc = m[2]!;
  if (doc !== 'teacher' && !table.roles.includes(doc))
    return { ok: false, reason: `table ${table.code} has no role ${doc} (it has ${table.roles.join(', ')})` };
  const who = Object.entries(table.tokens).find(([, t]) => t === c.token)?.[0];
  if (!who) return { ok: false, reason: `wrong token for table ${table.code}: join the table again` };
  // Each role writes only its own document; the teacher writes only the teacher's.
  const own = who === 'TEACHER' ? doc === 'teacher' : doc === who;
  return { ok: true, readOnly: !own, who };
}

export interface ClassServer {
  port: number;
  store: Store;
  stop(): Promise<void>;
}

export interface ClassOptions {
  port: number;
  host: string;
  dbFile: string;
  /**
   * A Redis through which several processes serve one class (Hocuspocus's Redis extension: every
   * change to a document reaches the devices of every process). The processes share the tables' file.
   */
  redis?: { host: string; port: number };
  /** Answers HTTP requests the server does not (the teacher's page, the static game). */
  onRequest?: (req: IncomingMessage, res: ServerResponse, store: Store) => boolean;
}

/** A JSON answer to the join requests: `POST /api/join?table=CODE&role=FRA` gives the role's token. */
function api(store: Store, req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://x');
  if (!url.pathname.startsWith('/api/')) return false;
  const send = (code: number, body: unknown) => {
    res.writeHead(code, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === '/api/join') {
    const code = (url.searchParams.get('table') ?? '').toUpperCase().slice(0, 12);
    const role = (url.searchParams.get('role') ?? '').toUpperCase().slice(0, 12);
    const t = store.table(code);
    if (!t)
      return (
        send(404, {
          error: `unknown table ${code}: check the code with your teacher`,
          code: 'unknown-table',
          table: code,
        }),
        true
      );
    if (!t.roles.includes(role))
      return (
        send(404, {
          error: `table ${code} has no role ${role} (it has ${t.roles.join(', ')})`,
          code: 'no-role',
          table: code,
          role,
          roles: t.roles,
        }),
        true
      );
    return (
      send(200, {
        table: code,
        role,
        seed: t.seed,
        roles: t.roles,
        difficulty: t.difficulty,
        token: t.tokens[role],
        version: CLASS_PROTOCOL,
      }),
      true
    );
  }
  if (url.pathname === '/api/class') {
    // The teacher's page: every table with the teacher's token (it reads the roles' documents and
    // writes only the teacher's), for the class's teacher key only.
    if ((url.searchParams.get('key') ?? '') !== store.classKey())
      return (
        send(403, {
          error: 'wrong teacher key: open the teacher’s address `npm run class` printed',
          code: 'teacher-key',
        }),
        true
      );
    return (
      send(200, {
        version: CLASS_PROTOCOL,
        tables: store.tables().map((t) => ({
          table: t.code,
          seed: t.seed,
          roles: t.roles,
          difficulty: t.difficulty,
          token: t.tokens.TEACHER,
        })),
      }),
      true
    );
  }
  send(404, { error: 'no such address' });
  return true;
}

/** How long a process waits for its Redis before it gives up starting. */
export const REDIS_READY_MS = 15_000;

/** Resolves when one of the Redis extension's connections is ready (its handshake done). */
function redisReady(c: RedisInstance, where: string): Promise<void> {
  if (c.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      c.off('ready', done);
      reject(new Error(`cannot reach Redis at ${where} within ${REDIS_READY_MS / 1000} s: is redis-server running?`));
    }, REDIS_READY_MS);
    c.once('ready', done);
  });
}

export async function startClassServer(o: ClassOptions): Promise<ClassServer> {
  const store = new Store(o.dbFile);
  const redis = o.redis ? new Redis({ host: o.redis.host, port: o.redis.port, prefix: 'grand-coalition' }) : null;
  const hocuspocus = new Server({
    name: 'grand-coalition-class',
    port: o.port,
    address: o.host,
    quiet: true,
    // The process's own handlers stop it (server/class.ts): Hocuspocus's would exit before the file is closed.
    stopOnSignals: false,
    // Documents are written to SQLite within a second of a change, and on the way down.
    debounce: 200,
    maxDebounce: 1000,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => store.fetch(documentName),
        store: async ({ documentName, state }) => store.store(documentName, state),
      }),
      ...(redis ? [redis] : []),
    ],
    async onAuthenticate({ documentName, token, connectionConfig }) {
      const a = access(store, documentName, token);
      // Hocuspocus sends an error's `reason` to the device (its onAuthenticationFailed).
      if (!a.ok) throw Object.assign(new Error(a.reason), { reason: a.reason });
      connectionConfig.readOnly = a.readOnly;
      return { who: a.who };
    },
    async beforeHandleMessage({ update }) {
      if (update.byteLength > MAX_MESSAGE_BYTES) {
        const reason = `a message of ${update.byteLength} bytes is over the ${MAX_MESSAGE_BYTES}-byte limit`;
        throw Object.assign(new Error(reason), { reason });
      }
    },
    async onRequest({ request, response }) {
      if (api(store, request, response)) throw null; // answered: stop Hocuspocus's own answer
      if (o.onRequest?.(request, response, store)) throw null;
    },
  });
  if (redis && o.redis) {
    // A device must not reach a process before its Redis connections are ready. ioredis writes a
    // SUBSCRIBE at once while its connection is still in the handshake, and the handshake's INFO then
    // fails ("Connection in subscriber mode"). ioredis reconnects but, since that connection was
    // never ready, does not subscribe again. The process then kept publishing its own changes but
    // never received the other processes' (the Redis pair's test failed 2 runs in 3 under load).
    const where = `${o.redis.host}:${o.redis.port}`;
    for (const c of [redis.pub, redis.sub])
      c.on('error', (e: Error) => console.error(`class server: Redis at ${where}: ${e.message}`));
    await Promise.all([redisReady(redis.pub, where), redisReady(redis.sub, where)]);
    // Every time the subscribing connection is ready again (Redis restarted, the network dropped),
    // subscribe every document this process holds again and send its state vector: the other
    // processes answer with whatever was published while this one was not listening.
    redis.sub.on('ready', () => {
      for (const [documentName, document] of hocuspocus.hocuspocus.documents)
        void redis
          .afterLoadDocument({ documentName, document } as afterLoadDocumentPayload)
          .catch((e: Error) => console.error(`class server: resubscribing ${documentName}: ${e.message}`));
    });
  }
  await hocuspocus.listen();
  const port = hocuspocus.address.port;
  return {
    port,
    store,
    async stop() {
      // Hocuspocus's destroy stores and closes every document but leaves the WebSockets open (ws's
      // server does not end its clients): a device stayed on a dead socket, never reconnected and
      // stopped syncing. Ending them makes every device reconnect, authenticate again and resync
      // with whatever serves the port next.
      const sockets = [...hocuspocus.webSocketServer.clients];
      await hocuspocus.destroy();
      for (const ws of sockets) ws.terminate();
      store.close();
    },
  };
}

export type { TableRow };
export { createServer };
