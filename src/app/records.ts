// The flow's saves (flow.ts) in the browser's game store (gameStore.ts): every game has its own
// record, saved after every move, so no game overwrites another. The tab playing a game claims it
// (tabs.ts: a Web Lock, or a BroadcastChannel answer where locks are missing) and tells other tabs
// when it saved; and each save is a compare-and-set, so even two tabs that both play one game never
// overwrite each other's moves: the one that finds moves it does not have goes on in a copy.
import type { RunningGame } from '../release/types';
import type { Records } from './flow';
import { gameRecord, newGameId, type GameStore } from './gameStore';
import type { Tabs } from './tabs';

export interface BrowserRecords extends Records {
  /** The record the next game started goes into (a game continued from the list keeps its own). */
  adopt(id: string): void;
  /** The record this tab's game is saved in, if it has one yet. */
  current(): string | null;
  /** Resolves when every save made so far is stored. */
  settled(): Promise<unknown>;
}

export interface RecordsNews {
  /** Called as each save ends (stored or not): the store's `problem` then says how it went. */
  saved?: () => void;
  /** Another tab played this game on: this tab's game now goes on in a copy, record `id`. */
  copied?: (id: string) => void;
  /** Asks the browser to keep this site's storage (called once, after the first stored save). */
  persist?: () => unknown;
}

const askPersist = () => (typeof navigator !== 'undefined' ? navigator.storage?.persist?.() : undefined);

/** A new id for a copy of game `id`. */
export const copyId = (id: string): string => `${id.slice(0, 20)}-copy-${newGameId().slice(0, 8)}`;

export function browserRecords(store: GameStore, tabs: Tabs, news: RecordsNews = {}): BrowserRecords {
  const { saved = () => {}, copied = () => {}, persist = askPersist } = news;
  const ids = new WeakMap<RunningGame, string>();
  let pending: string | null = null;
  let mine: string | null = null;
  let persisted = false;
  let saving: Promise<unknown> = Promise.resolve();
  const idOf = (game: RunningGame): string => {
    let id = ids.get(game);
    if (!id) {
      id = pending ?? newGameId();
      pending = null;
      ids.set(game, id);
      mine = id;
      tabs.hold(id);
    }
    return id;
  };
  const save = (game: RunningGame): string | null => {
    const s = game.summary();
    const status = game.phase() === 'debrief' ? 'finished' : 'playing';
    const replay = game.replay();
    const write = async (id: string): Promise<void> => {
      const r = await store.save(gameRecord(id, status, s, replay));
      if (!r.ok && r.conflict) {
        // Another tab played this game on: its moves stay, and this tab's go on in a copy.
        const copy = copyId(id);
        ids.set(game, copy);
        mine = copy;
        tabs.hold(copy);
        copied(copy);
        return write(copy);
      }
      if (r.ok) {
        tabs.changed();
        if (!persisted) {
          persisted = true;
          try {
            void Promise.resolve(persist()).catch(() => undefined);
          } catch {
            /* a browser without it keeps storage as it always does */
          }
        }
      }
      saved();
    };
    const id = idOf(game);
    saving = saving
      .then(() => write(ids.get(game) ?? id))
      // The next save must run whatever happened to this one's news.
      .catch((e: unknown) => console.error(e));
    return store.problem;
  };
  return {
    save,
    keep: save,
    // Every game is its own record already: nothing to set aside.
    setAside: () => {},
    // The game stays in its record and in the list; a finished one is not offered to continue.
    forget: () => {},
    adopt: (id) => {
      pending = id;
    },
    current: () => mine,
    settled: () => saving,
  };
}
