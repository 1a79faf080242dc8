// The flow's saves (flow.ts) in the browser's game store (gameStore.ts): every game has its own
// record, saved after every move, so no game overwrites another; the tab playing a game holds its
// Web Lock (tabs.ts), and tells other tabs when it saved.
import type { RunningGame } from '../release/types';
import type { Records } from './flow';
import { gameRecord, newGameId, type GameStore } from './gameStore';
import type { Tabs } from './tabs';

export interface BrowserRecords extends Records {
  /** The record the next game started goes into (a game continued from the list keeps its own). */
  adopt(id: string): void;
  /** Resolves when every save made so far is stored. */
  settled(): Promise<unknown>;
}

/** `saved` is called as each save ends (stored or not): the store's `problem` then says how it went. */
export function browserRecords(store: GameStore, tabs: Tabs, saved: () => void = () => {}): BrowserRecords {
  const ids = new WeakMap<RunningGame, string>();
  let pending: string | null = null;
  let saving: Promise<unknown> = Promise.resolve();
  const idOf = (game: RunningGame): string => {
    let id = ids.get(game);
    if (!id) {
      id = pending ?? newGameId();
      pending = null;
      ids.set(game, id);
      tabs.hold(id);
    }
    return id;
  };
  const save = (game: RunningGame): string | null => {
    const s = game.summary();
    const rec = gameRecord(idOf(game), game.phase() === 'debrief' ? 'finished' : 'playing', s, game.replay());
    saving = saving
      .then(() => store.save(rec))
      .then((r) => {
        if (r.ok) tabs.changed();
        saved();
      })
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
    settled: () => saving,
  };
}
