// Where the browser keeps games: one record per game, so no game ever overwrites another (two tabs
// play two records). IndexedDB through idb-keyval; localStorage when IndexedDB is missing; memory
// when neither works, and then the page says so and offers the download. Every record is checked
// on read; one that fails is set aside, offered for download, never fatal.
import { createStore, del, entries, set, update, type UseStore } from 'idb-keyval';
import { echoText } from '../state/view/echo';
import { checkRecord, isPrefix, movesOf, type GameRecord } from './recordCheck';

export type { GameRecord };

/** One game as a stored record: what the list shows, read off the game's summary, and its replay. */
export const gameRecord = (
  id: string,
  status: GameRecord['status'],
  s: Pick<GameRecord, 'version' | 'seed' | 'role' | 'outcome' | 'meter'>,
  replay: GameRecord['replay'],
): GameRecord => ({
  id,
  status,
  updated: new Date().toISOString(),
  version: s.version,
  seed: s.seed,
  role: s.role,
  outcome: s.outcome,
  meter: s.meter,
  replay,
});

/** A stored value that is not a game this build can read: kept as it was, for download. */
export interface SetAside {
  key: string;
  text: string;
  reason: string;
}

/** `conflict`: the stored game holds moves this tab's game does not (another tab played on). */
export type SaveResult = { ok: true } | { ok: false; reason: string; conflict?: true };

/** Thrown inside a compare-and-set whose stored value must not be overwritten. */
class Conflict extends Error {}

export interface Backend {
  kind: 'indexeddb' | 'localstorage' | 'memory';
  all(): Promise<[string, unknown][]>;
  put(key: string, value: unknown): Promise<void>;
  /** Writes `value` unless `keep(stored value)` says no, in one step (one IndexedDB transaction). */
  cas(key: string, value: unknown, keep: (old: unknown) => boolean): Promise<boolean>;
  remove(key: string): Promise<void>;
}

const PREFIX = 'grand-coalition/game/';

/** The game store in IndexedDB (database `db`; another name keeps tests and the fuzzer apart). */
export function indexedDbBackend(db = 'grand-coalition'): Backend {
  const store: UseStore = createStore(db, 'games');
  return {
    kind: 'indexeddb',
    all: () => entries<string, unknown>(store),
    put: (k, v) => set(k, v, store),
    cas: (k, v, keep) =>
      update(
        k,
        (old) => {
          if (old !== undefined && keep(old)) throw new Conflict();
          return v;
        },
        store,
      ).then(
        () => true,
        (e: unknown) => {
          if (e instanceof Conflict) return false;
          throw e;
        },
      ),
    remove: (k) => del(k, store),
  };
}

export function localStorageBackend(ls: Storage): Backend {
  return {
    kind: 'localstorage',
    all: async () => {
      const out: [string, unknown][] = [];
      for (let i = 0; i < ls.length; i++) {
        const k = ls.key(i);
        if (k?.startsWith(PREFIX)) out.push([k.slice(PREFIX.length), ls.getItem(k)]);
      }
      return out;
    },
    put: async (k, v) => ls.setItem(PREFIX + k, JSON.stringify(v)),
    // Read and write in one task: no other tab's script runs in between.
    cas: async (k, v, keep) => {
      const old = ls.getItem(PREFIX + k);
      if (old !== null && keep(old)) return false;
      ls.setItem(PREFIX + k, JSON.stringify(v));
      return true;
    },
    remove: async (k) => ls.removeItem(PREFIX + k),
  };
}

export function memoryBackend(): Backend {
  const m = new Map<string, unknown>();
  return {
    kind: 'memory',
    all: async () => [...m],
    put: async (k, v) => void m.set(k, structuredClone(v)),
    cas: async (k, v, keep) => {
      if (m.has(k) && keep(m.get(k))) return false;
      m.set(k, structuredClone(v));
      return true;
    },
    remove: async (k) => void m.delete(k),
  };
}

const reasonOf = (e: unknown): string =>
  (e as DOMException)?.name === 'QuotaExceededError' ? 'storage is full' : 'storage is not available in this browser';

export class GameStore {
  /** Null while saving works; otherwise why it does not (the page says so). */
  problem: string | null;
  /** How many games kept in localStorage while IndexedDB was missing were moved back into it. */
  movedBack = 0;

  private constructor(private backend: Backend) {
    this.problem = backend.kind === 'memory' ? 'storage is not available in this browser' : null;
  }

  get kind(): Backend['kind'] {
    return this.backend.kind;
  }

  /**
   * Where games are kept when it is not IndexedDB, in words for the player (the top bar and the
   * title page say it); null with IndexedDB.
   */
  get fallback(): string | null {
    return this.backend.kind === 'localstorage'
      ? "Your games are kept in this browser's small local storage (its database is not available here): download the ones you want to keep."
      : this.backend.kind === 'memory'
        ? 'Your games are not being kept in this browser (it allows no storage): download each one to keep it.'
        : null;
  }

  /**
   * The best storage this browser gives: IndexedDB, else localStorage, else memory. With
   * IndexedDB, games saved in localStorage while it was missing are moved into it first.
   */
  static async open(win: Pick<Window, 'indexedDB' | 'localStorage'> = window, idb?: Backend): Promise<GameStore> {
    let ls: Storage | null = null;
    try {
      ls = win.localStorage;
    } catch {
      /* blocked: no localStorage */
    }
    try {
      if (win.indexedDB || idb) {
        const b = idb ?? indexedDbBackend();
        await b.all();
        const store = new GameStore(b);
        if (ls) store.movedBack = await moveIntoIndexedDb(ls, b);
        return store;
      }
    } catch {
      /* blocked or broken: try the next */
    }
    try {
      ls!.setItem(`${PREFIX}probe`, '1');
      ls!.removeItem(`${PREFIX}probe`);
      return new GameStore(localStorageBackend(ls!));
    } catch {
      return new GameStore(memoryBackend());
    }
  }

  static withBackend(b: Backend): GameStore {
    return new GameStore(b);
  }

  /**
   * Saves a game's record. Compare-and-set: a stored record of the same game whose moves are not
   * all at the start of this one's (another tab played on) is never overwritten; the result says
   * `conflict`, and the caller saves this game under a new id.
   */
  async save(rec: GameRecord): Promise<SaveResult> {
    try {
      const mine = rec.replay.actions as unknown[];
      const stored = await this.backend.cas(rec.id, rec, (old) => {
        const theirs = movesOf(old);
        return theirs !== null && Array.isArray(mine) && !isPrefix(theirs, mine);
      });
      if (this.backend.kind !== 'memory') this.problem = null;
      return stored ? { ok: true } : { ok: false, conflict: true, reason: 'this game was played on in another tab' };
    } catch (e) {
      this.problem = reasonOf(e);
      return { ok: false, reason: this.problem };
    }
  }

  /** Keeps a value this build cannot read as it was, so it can still be downloaded. */
  async saveAside(key: string, text: string, reason: string): Promise<SaveResult> {
    try {
      await this.backend.put(key, { text, reason });
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: reasonOf(e) };
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await this.backend.remove(id);
    } catch {
      /* nothing to remove */
    }
  }

  /**
   * Every record, newest first. Each is checked on its own, field by field: one that fails is set
   * aside with its key and why (and its text, for download), never hiding the others.
   */
  async list(): Promise<{ games: GameRecord[]; setAside: SetAside[] }> {
    let all: [string, unknown][];
    try {
      all = await this.backend.all();
    } catch (e) {
      this.problem = reasonOf(e);
      return { games: [], setAside: [] };
    }
    const games: GameRecord[] = [];
    const setAside: SetAside[] = [];
    for (const [k, value] of all) {
      const key = String(k);
      try {
        const r = readRecord(key, value);
        if ('record' in r) games.push(r.record);
        else setAside.push(r);
      } catch {
        setAside.push({ key, text: '', reason: 'it could not be read' });
      }
    }
    games.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
    return { games, setAside };
  }
}

/** One stored value: a checked game record, or what is set aside (its text and why). */
function readRecord(key: string, value: unknown): { record: GameRecord } | SetAside {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return { key, text: value as string, reason: 'it is not valid JSON' };
    }
  }
  const r = checkRecord(key, v);
  if (r.ok) return { record: r.record };
  // Kept aside by an earlier read ({ text, reason }), or a record that fails: offer its replay.
  const raw =
    typeof v === 'object' && v !== null ? (v as { text?: unknown; replay?: unknown; reason?: unknown }) : null;
  if (raw && typeof raw.text === 'string' && typeof raw.reason === 'string' && Object.keys(raw).length === 2)
    return { key, text: raw.text, reason: echoText(raw.reason, 300) };
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(v) ?? String(v));
  } catch {
    text = String(v);
  }
  return { key, text, reason: r.reason };
}

/**
 * Moves every game kept in localStorage (while IndexedDB was missing) into IndexedDB; a key is
 * removed only once its game is stored. A game both places hold is kept whole: the longer one when
 * one's moves start the other's, else both (localStorage's under a new id).
 */
export async function moveIntoIndexedDb(ls: Storage, idb: Backend): Promise<number> {
  const keys: string[] = [];
  try {
    for (let i = 0; i < ls.length; i++) {
      const k = ls.key(i);
      if (k?.startsWith(PREFIX) && k !== `${PREFIX}probe`) keys.push(k);
    }
  } catch {
    return 0;
  }
  if (!keys.length) return 0;
  const there = new Map(await idb.all());
  let moved = 0;
  for (const k of keys) {
    const id = k.slice(PREFIX.length);
    const text = ls.getItem(k);
    if (text === null) continue;
    let value: unknown = text;
    try {
      value = JSON.parse(text) as unknown;
    } catch {
      /* kept as text: the list sets it aside */
    }
    const old = there.get(id);
    const mine = movesOf(value);
    const theirs = movesOf(old);
    let target = id;
    if (old !== undefined) {
      if (mine && theirs && isPrefix(mine, theirs)) {
        ls.removeItem(k); // IndexedDB has all of it already
        continue;
      }
      if (!(mine && theirs && isPrefix(theirs, mine))) target = `${id.slice(0, 40)}-moved-${newGameId().slice(0, 8)}`;
    }
    const checked = checkRecord(id, value);
    await idb.put(target, checked.ok ? { ...checked.record, id: target } : value);
    ls.removeItem(k);
    moved += 1;
  }
  return moved;
}

/** A fresh id for a new game record. */
export const newGameId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `g-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;

const LEGACY = {
  autosave: 'grand-coalition/autosave/v1',
  unreadable: 'grand-coalition/autosave/unreadable',
  history: 'grand-coalition/history/v1',
};

/**
 * Moves what earlier builds kept in localStorage (one autosave, one unreadable save, a list of 20)
 * into one record each. A legacy key is removed only once all its games are stored.
 */
export async function importLegacy(store: GameStore, ls: Storage | null, describe: Describe): Promise<number> {
  if (!ls) return 0;
  let moved = 0;
  const read = (k: string): string | null => {
    try {
      return ls.getItem(k);
    } catch {
      return null;
    }
  };
  const keep = async (key: string, records: Promise<GameRecord | Aside>[]) => {
    let ok = true;
    for (const p of records) {
      const r = await p;
      const saved = 'id' in r ? await store.save(r) : await store.saveAside(r.key, r.text, r.reason);
      ok &&= saved.ok;
      moved += 1;
    }
    if (ok) ls.removeItem(key);
  };
  const autosave = read(LEGACY.autosave);
  if (autosave !== null) await keep(LEGACY.autosave, [describe(autosave, 'playing')]);
  const unreadable = read(LEGACY.unreadable);
  if (unreadable !== null)
    await keep(LEGACY.unreadable, [
      Promise.resolve({
        key: `legacy-unreadable-${newGameId()}`,
        text: unreadable,
        reason: 'an autosave an earlier version could not open',
      }),
    ]);
  const history = read(LEGACY.history);
  if (history !== null) {
    let list: unknown;
    try {
      list = JSON.parse(history);
    } catch {
      list = null;
    }
    if (Array.isArray(list))
      await keep(
        LEGACY.history,
        list.map((e) => describe(JSON.stringify((e as { replay?: unknown } | null)?.replay ?? e), 'finished')),
      );
    else
      await keep(LEGACY.history, [
        Promise.resolve({ key: `legacy-history-${newGameId()}`, text: history, reason: 'a damaged list of games' }),
      ]);
  }
  return moved;
}

/** Turns a replay's text into a record (checked by its own rules), or the text kept aside. */
export type Describe = (text: string, status: GameRecord['status']) => Promise<GameRecord | Aside>;
type Aside = { key: string; text: string; reason: string };
