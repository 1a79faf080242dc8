// The game store in Node: one record per game, validation on read with bad records set aside,
// earlier builds' localStorage keys moved in without loss, and saving that fails says why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GameStore, importLegacy, localStorageBackend, memoryBackend, type GameRecord } from '../src/app/gameStore';
import { describeReplay } from '../src/app/savedGames';

const fixture = (v: string, f: string) => readFileSync(join(__dirname, 'fixtures', 'replays', v, f), 'utf8');

/** A Storage over a Map, optionally full. */
function fakeStorage(full = false): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, String(v));
    },
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

const record = (id: string, updated: string): GameRecord => ({
  id,
  status: 'playing',
  updated,
  version: '1.1.0',
  seed: 1,
  role: 'FRA',
  outcome: null,
  meter: 40,
  replay: JSON.parse(fixture('1.1.0', 'FRA-normal-greedy.json')) as GameRecord['replay'],
});

describe('game store', () => {
  it('keeps one record per game, newest first, in localStorage as in memory', async () => {
    for (const store of [
      GameStore.withBackend(memoryBackend()),
      GameStore.withBackend(localStorageBackend(fakeStorage())),
    ]) {
      await store.save(record('a', '2026-01-01T10:00:00Z'));
      await store.save(record('b', '2026-01-01T11:00:00Z'));
      await store.save({ ...record('a', '2026-01-01T12:00:00Z'), status: 'finished' });
      const { games, setAside } = await store.list();
      expect(games.map((g) => [g.id, g.status])).toEqual([
        ['a', 'finished'],
        ['b', 'playing'],
      ]);
      expect(setAside).toEqual([]);
    }
  });

  it('sets a malformed record aside with its text, and lists the rest', async () => {
    const ls = fakeStorage();
    const store = GameStore.withBackend(localStorageBackend(ls));
    await store.save(record('good', '2026-01-01T10:00:00Z'));
    ls.setItem('grand-coalition/game/broken', '{"id": "broken", "status"');
    ls.setItem('grand-coalition/game/odd', JSON.stringify({ id: 'odd', status: 'lost', replay: { x: 1 } }));
    ls.setItem('grand-coalition/game/__proto__', JSON.stringify({ constructor: 1 }));
    const { games, setAside } = await store.list();
    expect(games.map((g) => g.id)).toEqual(['good']);
    expect(setAside.map((s) => [s.key, s.reason]).sort()).toEqual([
      ['__proto__', 'it is not a game record'],
      ['broken', 'it is not valid JSON'],
      ['odd', 'it is not a game record'],
    ]);
    expect(setAside.find((s) => s.key === 'broken')!.text).toBe('{"id": "broken", "status"');
  });

  it('says when storage is full, and the game goes on', async () => {
    const store = GameStore.withBackend(localStorageBackend(fakeStorage(true)));
    expect(await store.save(record('a', '2026-01-01T10:00:00Z'))).toEqual({ ok: false, reason: 'storage is full' });
    expect(store.problem).toBe('storage is full');
  });

  it('moves the autosave, the unreadable save and all finished games of earlier builds, losing none', async () => {
    const ls = fakeStorage();
    const old = fixture('1.0.0', 'FRA-normal-strategist.json');
    const history = [1, 2, 3].map(() => ({ hash: 'x', replay: JSON.parse(fixture('1.1.0', 'RUS-easy-random.json')) }));
    ls.setItem('grand-coalition/autosave/v1', old);
    ls.setItem('grand-coalition/autosave/unreadable', '{"damaged": true');
    ls.setItem('grand-coalition/history/v1', JSON.stringify(history));
    const store = GameStore.withBackend(memoryBackend());
    expect(await importLegacy(store, ls, describeReplay)).toBe(5);
    const { games, setAside } = await store.list();
    expect(games.map((g) => g.version).sort()).toEqual(['1.0.0', '1.1.0', '1.1.0', '1.1.0']);
    // The autosave is still the game to continue (here at its debrief); the list's games are finished.
    expect(games.map((g) => `${g.version} ${g.status}`).sort()).toEqual([
      '1.0.0 playing',
      '1.1.0 finished',
      '1.1.0 finished',
      '1.1.0 finished',
    ]);
    expect(setAside.map((s) => [s.text, s.reason])).toEqual([
      ['{"damaged": true', 'an autosave an earlier version could not open'],
    ]);
    expect(ls.length).toBe(0);
  });
});
