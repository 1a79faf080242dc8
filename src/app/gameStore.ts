// Where the browser keeps games: one record per game, so no game ever overwrites another (two tabs
// play two records). IndexedDB through idb-keyval; localStorage when IndexedDB is missing; memory
// when neither works, and then the page says so and offers the download. Every record is checked
// on read; one that fails is set aside, offered for download, never fatal.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { z } from 'zod';
import { echoText } from '../state/view/echo';
import type { GameRecord as RecordSchema } from './recordSchema';

export type GameRecord = z.infer<typeof RecordSchema>;

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

export type SaveResult = { ok: true } | { ok: false; reason: string };

interface Backend {
  kind: 'indexeddb' | 'localstorage' | 'memory';
  all(): Promise<[string, unknown][]>;
  put(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

const PREFIX = 'grand-coalition/game/';

function indexedDbBackend(): Backend {
  const store: UseStore = createStore('grand-coalition', 'games');
  return {
    kind: 'indexeddb',
    all: () => entries<string, unknown>(store),
    put: (k, v) => set(k, v, store),
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
    remove: async (k) => ls.removeItem(PREFIX + k),
  };
}

export function memoryBackend(): Backend {
  const m = new Map<string, unknown>();
  return {
    kind: 'memory',
    all: async () => [...m],
    put: async (k, v) => void m.set(k, structuredClone(v)),
    remove: async (k) => void m.delete(k),
  };
}

const reasonOf = (e: unknown): string =>
  (e as DOMException)?.name === 'QuotaExceededError' ? 'storage is full' : 'storage is not available in this browser';

export class GameStore {
  /** Null while saving works; otherwise why it does not (the page says so). */
  problem: string | null;

  private constructor(private backend: Backend) {
    this.problem = backend.kind === 'memory' ? 'storage is not available in this browser' : null;
  }

  get kind(): Backend['kind'] {
    return this.backend.kind;
  }

  /** The best storage this browser gives: IndexedDB, else localStorage, else memory. */
  static async open(win: Pick<Window, 'indexedDB' | 'localStorage'> = window): Promise<GameStore> {
    try {
      if (win.indexedDB) {
        const b = indexedDbBackend();
        await b.all();
        return new GameStore(b);
      }
    } catch {
      /* blocked or broken: try the next */
    }
    try {
      const ls = win.localStorage;
      ls.setItem(`${PREFIX}probe`, '1');
      ls.removeItem(`${PREFIX}probe`);
      return new GameStore(localStorageBackend(ls));
    } catch {
      return new GameStore(memoryBackend());
    }
  }

  static withBackend(b: Backend): GameStore {
    return new GameStore(b);
  }

  async save(rec: GameRecord): Promise<SaveResult> {
    try {
      await this.backend.put(rec.id, rec);
      if (this.backend.kind !== 'memory') this.problem = null;
      return { ok: true };
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

  /** Every record, newest first; those that fail the check are set aside, not dropped. */
  async list(): Promise<{ games: GameRecord[]; setAside: SetAside[] }> {
    let all: [string, unknown][];
    try {
      all = await this.backend.all();
    } catch (e) {
      this.problem = reasonOf(e);
      return { games: [], setAside: [] };
    }
    // An empty store has nothing to check: a first visit does without the check's code (zod). Otherwise
    // it loads with the first read; if it cannot load, nothing is read and nothing is set aside.
    if (!all.length) return { games: [], setAside: [] };
    const { GameRecord } = await import('./recordSchema');
    const games: GameRecord[] = [];
    const setAside: SetAside[] = [];
    for (const [key, value] of all) {
      let v = value;
      if (typeof v === 'string') {
        try {
          v = JSON.parse(v) as unknown;
        } catch {
          setAside.push({ key, text: value as string, reason: 'it is not valid JSON' });
          continue;
        }
      }
      const r = GameRecord.safeParse(v);
      if (r.success && r.data.id === key) games.push(r.data);
      else {
        // An old autosave kept aside by an earlier build is a bare replay: offer that.
        const raw = (v as { text?: unknown; replay?: unknown; reason?: unknown } | null) ?? null;
        const text =
          typeof raw?.text === 'string' ? raw.text : (JSON.stringify(raw?.replay ?? v ?? null) ?? String(value));
        const reason =
          typeof raw?.reason === 'string'
            ? echoText(raw.reason, 300)
            : r.success
              ? 'its key does not match'
              : 'it is not a game record';
        setAside.push({ key, text, reason });
      }
    }
    games.sort((a, b) => b.updated.localeCompare(a.updated));
    return { games, setAside };
  }
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
