// A device at a table of the class server (server/classServer.ts): one WebSocket, one Yjs document
// per human role (`CODE/FRA`, …: moves keyed `round|index`, each a move as JSON) and the teacher's
// (`CODE/teacher`: the rounds closed). It writes only its own role's document (the server makes the
// others read-only for it), and folds all of them, in (round, role, index) order whatever order
// they arrived in, into the same game every other device and the CLI compute. A dropped device
// reconnects by itself and catches up: the documents merge.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { tableFromLog, type Close, type Keyed, type Table, type TogetherAction } from '../../release/together';
import { actorArgs, t as tr } from '../../i18n';

export interface Joined {
  table: string;
  role: string;
  seed: number;
  roles: string[];
  difficulty: 'easy' | 'normal' | 'hard';
  token: string;
  version: number;
}

export interface Seat {
  /** The game as every document known now folds (null until the documents first synced, or when a move is bad). */
  table(): Table | null;
  /** A problem to show: a refused connection, a malformed move in a document. */
  problem(): string | null;
  /** Plays a move of this device's role (checked against the fold first): null, or why it was refused. */
  play(action: TogetherAction): string | null;
  /** The teacher closes the round (a teacher's seat only). */
  close(): string | null;
  onChange(f: () => void): void;
  synced(): Promise<void>;
  /** The WebSocket's state (connecting, connected, disconnected). */
  status(): string;
  /** Drops the connection (as a lost network does) or makes it again. */
  disconnect(): void;
  connect(): void;
  destroy(): void;
}

/** A move as a document keeps it: its key and its JSON (anything else is a malformed move). */
function readMoves(role: string, map: Y.Map<unknown>): { moves: Keyed[]; bad: string | null } {
  const moves: Keyed[] = [];
  for (const [key, value] of map.entries()) {
    const m = /^(\d{1,3})\|(\d{1,4})$/.exec(key);
    let action: unknown;
    try {
      action = typeof value === 'string' && value.length < 4096 ? JSON.parse(value) : null;
    } catch {
      action = null;
    }
    if (!m || typeof action !== 'object' || action === null || typeof (action as { type?: unknown }).type !== 'string')
      return { moves, bad: `${role}'s document holds a malformed move (key ${key.slice(0, 20)})` };
    moves.push({ round: Number(m[1]), role, index: Number(m[2]), action: action as TogetherAction });
  }
  return { moves, bad: null };
}

type Emitter = { on?: (event: string, f: () => void) => void };

/**
 * Node's `ws` (the polyfill the server's tests and the load script pass) emits 'error' when a socket
 * still connecting is closed. Hocuspocus's provider closes such a socket after removing its own
 * listeners (destroying a device, giving up a connection attempt), so that error had no listener
 * and ended the Node process. Every socket keeps a listener of its own that drops it; the provider
 * still hears every error while it listens. A browser's WebSocket does not throw there.
 */
function quiet(WebSocketPolyfill: unknown): unknown {
  const Base = WebSocketPolyfill as new (...args: unknown[]) => Emitter;
  return class extends Base {
    constructor(...args: unknown[]) {
      super(...args);
      this.on?.('error', () => {});
    }
  };
}

export function joinTable(url: string, j: Joined, who: string = j.role, WebSocketPolyfill?: unknown): Seat {
  const socket = new HocuspocusProviderWebsocket({
    url,
    ...(WebSocketPolyfill ? { WebSocketPolyfill: quiet(WebSocketPolyfill) } : {}),
  });
  const token = JSON.stringify({ token: j.token, version: j.version });
  const names = [...j.roles, 'teacher'];
  const docs = new Map(names.map((n) => [n, new Y.Doc()]));
  let refused: string | null = null;
  const listeners: (() => void)[] = [];
  let cached: { table: Table | null; problem: string | null } | null = null;
  const changed = () => {
    cached = null;
    listeners.forEach((f) => f());
  };
  const providers = names.map(
    (n) =>
      new HocuspocusProvider({
        websocketProvider: socket,
        name: `${j.table}/${n}`,
        document: docs.get(n)!,
        token,
        onAuthenticationFailed: ({ reason }) => {
          refused = reason;
          changed();
        },
        onSynced: changed,
      }),
  );
  for (const p of providers) p.attach();
  for (const d of docs.values()) d.on('update', changed);

  const fold = (): { table: Table | null; problem: string | null } => (cached ??= foldNow());
  const foldNow = (): { table: Table | null; problem: string | null } => {
    const moves: Keyed[] = [];
    for (const r of j.roles) {
      const got = readMoves(r, docs.get(r)!.getMap('moves'));
      if (got.bad) return { table: null, problem: got.bad };
      moves.push(...got.moves);
    }
    const closes: Close[] = [];
    for (const [k, v] of docs.get('teacher')!.getMap('closes').entries()) {
      try {
        closes.push({ round: Number(k), upto: JSON.parse(String(v)) as Record<string, number> });
      } catch {
        return { table: null, problem: tr('class.badClose', { round: k.slice(0, 6) }) };
      }
    }
    const t = tableFromLog(j.seed, j.roles, moves, closes, j.difficulty);
    return t.ok ? { table: t.table, problem: null } : { table: null, problem: t.error };
  };

  return {
    table: () => fold().table,
    problem: () => refused ?? fold().problem,
    play(action) {
      const { table, problem } = fold();
      if (!table) return problem ?? tr('class.notLoaded');
      const turn = table.turn();
      if (turn.role !== who)
        return turn.role === null
          ? tr('class.over')
          : tr('class.notYourTurn', actorArgs('role', turn.role, table.roleName(turn.role)));
      const index = table.log().filter((m) => m.round === turn.round && m.role === who).length;
      const why = table.play(who, action);
      if (why) return why;
      docs.get(who)!.getMap('moves').set(`${turn.round}|${index}`, JSON.stringify(action));
      return null;
    },
    close() {
      const { table, problem } = fold();
      if (!table) return problem ?? tr('class.notLoaded');
      const turn = table.turn();
      if (turn.role === null) return tr('class.over');
      const upto = Object.fromEntries(
        j.roles.map((r) => [r, table.log().filter((m) => m.round === turn.round && m.role === r).length]),
      );
      docs.get('teacher')!.getMap('closes').set(String(turn.round), JSON.stringify(upto));
      return null;
    },
    onChange: (f) => void listeners.push(f),
    synced: () =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (refused) reject(new Error(refused));
          else if (providers.every((p) => p.isSynced)) resolve();
          else setTimeout(check, 20);
        };
        check();
      }),
    status: () => String(socket.status),
    disconnect: () => socket.disconnect(),
    connect: () => void socket.connect(),
    destroy() {
      for (const p of providers) p.destroy();
      socket.destroy();
    },
  };
}
