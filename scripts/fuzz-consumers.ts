// What the fuzzer does with a game the loaders accepted, and with input that only the game's other
// doors read: every consumer of a checked replay (the viewer's frames, take-over, a comparison row
// and its CSV, the reading against the record that divergence gives), both storage backends and
// IndexedDB, the import of earlier builds' saves, and the class comparison's zips.
import 'fake-indexeddb/auto';
import { comparisonCsv, ClassComparison } from '../src/app/compare';
import {
  GameStore,
  importLegacy,
  indexedDbBackend,
  localStorageBackend,
  memoryBackend,
  type Backend,
} from '../src/app/gameStore';
import { describeReplay } from '../src/app/savedGames';
import { loadScenario } from '../src/data/load';
import type { Opened } from '../src/release/load';
import { combineRows } from '../src/state/view/compare';

type Accepted = Extract<Opened, { ok: true }>;
const rounds = loadScenario().calendar.rounds;

/**
 * Runs an accepted game through every consumer; returns the consumers reached. Throws (a crash to
 * the fuzzer) when one fails on a game the loader accepted.
 */
export function consume(o: Accepted, pick: number): string[] {
  const reached: string[] = [];
  const frames = o.checked.frames();
  const round = pick % (frames.lastRound + 1);
  for (const r of new Set([0, round, frames.lastRound])) {
    const f = frames.at(r);
    if (f.round.round !== r && !(r === frames.lastRound))
      throw new Error(`viewer frame ${r} is round ${f.round.round}`);
  }
  reached.push('viewer frames');
  const { replay } = o.checked;
  const moves = o.release.actionsBeforeRound(replay, round);
  const g = o.release.start(replay.seed, replay.role, replay.difficulty, moves);
  if (!g.ok) throw new Error(`take-over from round ${round} refused: ${g.error}`);
  g.game.view(null);
  g.game.stop();
  reached.push('take-over');
  const row = o.checked.row(`game ${pick}`);
  // A finished game's row reads its road against the record (divergence, in the rules that have it).
  if (row.road) reached.push('divergence (reading against the record)');
  const csv = comparisonCsv(combineRows([row, o.checked.row(`again ${pick}`)], rounds), rounds);
  if (csv.split('\n').length < 3) throw new Error('the comparison CSV lost a row');
  reached.push('comparison rows and CSV');
  return reached;
}

/** A Storage over a Map (localStorage in Node). */
export function fakeStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

let idbStores = 0;
/** One of the three backends, by turn: memory, localStorage (as text), IndexedDB (fake-indexeddb). */
export async function backend(turn: number): Promise<{ name: string; b: Backend }> {
  const which = turn % 3;
  if (which === 0) return { name: 'memory', b: memoryBackend() };
  if (which === 1) return { name: 'localStorage', b: localStorageBackend(fakeStorage()) };
  // A fresh database per input, so no record leaks into the next.
  return { name: 'IndexedDB', b: indexedDbBackend(`fuzz-${++idbStores}`) };
}

/** An earlier build's localStorage holding `text` under one of its keys, imported into a store. */
export async function importEarlier(key: string, text: string) {
  const ls = fakeStorage();
  ls.setItem(key, text);
  const store = GameStore.withBackend(memoryBackend());
  await importLegacy(store, ls, describeReplay);
  return { listed: await store.list(), left: ls.length };
}

/** A zip dropped into Compare games: its problems and its rows. */
export async function compareZip(bytes: Uint8Array, name: string) {
  const cmp = new ClassComparison(rounds);
  await cmp.addFiles([new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' })]);
  if (cmp.rows.length) comparisonCsv(cmp.result(), rounds);
  return cmp;
}
