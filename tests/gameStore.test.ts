// The game store in Node: one record per game, validation on read with bad records set aside,
// earlier builds' localStorage keys moved in without loss, and saving that fails says why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { GameStore, importLegacy, localStorageBackend, memoryBackend, type GameRecord } from '../src/app/gameStore';
import { browserRecords } from '../src/app/records';
import { describeReplay, zipAll } from '../src/app/savedGames';
import { Tabs } from '../src/app/tabs';
import type { RunningGame } from '../src/release/types';

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
      ['__proto__', 'it is not a game record (no field "id")'],
      ['broken', 'it is not valid JSON'],
      ['odd', 'its field "status" is not "playing" or "finished" (found "lost")'],
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

describe('stored records, field by field', () => {
  const good = () => record('good', '2026-01-01T10:00:00Z');
  const bad: [keyof GameRecord, unknown][] = [
    ['id', 'bad key!'],
    ['status', 'lost'],
    ['updated', 'yesterday'],
    ['updated', '2026-02-30T10:00:00Z'],
    ['updated', 7],
    ['version', '../../x'],
    ['seed', -1],
    ['seed', 4294967296],
    ['seed', 1.5],
    ['role', 'fra<script>'],
    ['outcome', 'a\u202ewin'],
    ['meter', Number.NaN],
    ['meter', 101],
    ['replay', 'x'],
    ['replay', { format: 'x', scenario: null }],
  ];

  it('a record with one bad field is set aside, named with its key and that field, and hides no other game', async () => {
    for (const [field, value] of bad) {
      const ls = fakeStorage();
      const store = GameStore.withBackend(localStorageBackend(ls));
      await store.save(good());
      const stored = JSON.stringify({ ...record('odd', '2026-01-02T10:00:00Z'), [field]: value });
      ls.setItem('grand-coalition/game/odd', stored);
      const { games, setAside } = await store.list();
      expect(games.map((g) => g.id)).toEqual(['good']);
      expect(setAside.map((s) => s.key)).toEqual(['odd']);
      const reason = setAside[0]!.reason;
      expect(reason, `${field}=${String(value)}`).toContain(`"${field}"`);
      // The value is repeated escaped and cut, never as it was.
      expect(reason).not.toMatch(/\u202e/u);
      // Kept as it was, to download.
      expect(setAside[0]!.text).toBe(stored);
    }
  });

  it('a missing field, an extra one and a key that does not match are named too', async () => {
    const ls = fakeStorage();
    const store = GameStore.withBackend(localStorageBackend(ls));
    const { meter: _m, ...noMeter } = record('a', '2026-01-01T10:00:00Z');
    ls.setItem('grand-coalition/game/a', JSON.stringify(noMeter));
    ls.setItem(
      'grand-coalition/game/b',
      JSON.stringify({ ...record('b', '2026-01-01T10:00:00Z'), note: 'Sign in at …' }),
    );
    ls.setItem('grand-coalition/game/c', JSON.stringify(record('d', '2026-01-01T10:00:00Z')));
    const { setAside } = await store.list();
    expect(setAside.map((s) => [s.key, s.reason]).sort()).toEqual([
      ['a', 'it is not a game record (no field "meter")'],
      ['b', 'it has a field a game record does not have'],
      ['c', 'its key does not match'],
    ]);
  });

  it('the zip names its entries from checked values only, and holds every game and every record set aside', async () => {
    const { unzipSync } = await import('fflate');
    const ls = fakeStorage();
    const store = GameStore.withBackend(localStorageBackend(ls));
    await store.save(good());
    ls.setItem('grand-coalition/game/../../evil', JSON.stringify({ ...good(), updated: '../../../etc/passwd' }));
    const names = Object.keys(unzipSync(await zipAll(store)));
    expect(names).toEqual(['grand-coalition-2026-01-01-seed-1-FRA-playing.json', 'set-aside/______evil.json']);
  });
});

describe('IndexedDB, localStorage and memory', () => {
  const ids = (r: { games: GameRecord[] }) => r.games.map((g) => `${g.id}:${(g.replay.actions as unknown[]).length}`);
  const withMoves = (id: string, n: number, updated = '2026-01-01T10:00:00Z'): GameRecord => {
    const r = record(id, updated);
    return { ...r, replay: { ...r.replay, actions: (r.replay.actions as unknown[]).slice(0, n) } };
  };

  it('games saved in localStorage while IndexedDB was missing are moved into it when it is back, and no move is lost', async () => {
    const ls = fakeStorage();
    const fallback = await GameStore.open({ indexedDB: undefined as unknown as IDBFactory, localStorage: ls });
    expect(fallback.kind).toBe('localstorage');
    expect(fallback.fallback).toMatch(/local storage/);
    await fallback.save(withMoves('only-ls', 3));
    await fallback.save(withMoves('longer-in-ls', 5));
    await fallback.save(withMoves('longer-in-idb', 2));
    await fallback.save(withMoves('parted', 4));
    ls.setItem('grand-coalition/game/junk', '{"not json');
    // IndexedDB is back, holding some of the same games.
    const idb = memoryBackend();
    await idb.put('longer-in-ls', withMoves('longer-in-ls', 2));
    await idb.put('longer-in-idb', withMoves('longer-in-idb', 6));
    const parted = withMoves('parted', 4);
    (parted.replay.actions as unknown[])[0] = { type: 'statement', issue: 'assad', position: 1 };
    await idb.put('parted', parted);
    const store = await GameStore.open(
      { indexedDB: {} as IDBFactory, localStorage: ls },
      { ...idb, kind: 'indexeddb' },
    );
    expect(store.kind).toBe('indexeddb');
    expect(store.fallback).toBeNull();
    expect(store.movedBack).toBe(4);
    const listed = await store.list();
    expect(ids(listed).sort()).toEqual(
      [
        'only-ls:3',
        'longer-in-ls:5',
        'longer-in-idb:6',
        'parted:4',
        `${listed.games.find((g) => g.id.startsWith('parted-moved-'))?.id}:4`,
      ].sort(),
    );
    expect(listed.setAside.map((s) => s.key)).toEqual(['junk']);
    expect([...Array(ls.length).keys()].map((i) => ls.key(i))).toEqual([]);
  });

  it('in real IndexedDB (fake-indexeddb), a save is compare-and-set: a record whose moves are not a prefix of this one is refused', async () => {
    const a = await GameStore.open({ indexedDB, localStorage: fakeStorage() });
    const b = await GameStore.open({ indexedDB, localStorage: fakeStorage() });
    expect([a.kind, b.kind]).toEqual(['indexeddb', 'indexeddb']);
    expect(await a.save(withMoves('g', 2))).toEqual({ ok: true });
    expect(await b.save(withMoves('g', 3))).toEqual({ ok: true }); // B played on from A's moves
    const parted = withMoves('g', 3);
    (parted.replay.actions as unknown[])[2] = { type: 'statement', issue: 'assad', position: 1 };
    expect(await a.save(parted)).toMatchObject({ ok: false, conflict: true });
    expect(await a.save(withMoves('g', 2))).toMatchObject({ ok: false, conflict: true }); // never shortened
    expect(ids(await a.list())).toEqual(['g:3']);
    expect(a.problem).toBeNull();
  });

  it('two tabs on one game without Web Locks: the second finds the first by BroadcastChannel, and a tab that lost the race goes on in a copy', async () => {
    const one = new Tabs({ locks: null });
    const two = new Tabs({ locks: null });
    try {
      one.hold('g');
      expect(await two.heldElsewhere('g')).toBe(true);
      expect(await two.heldElsewhere('h')).toBe(false);
      expect(await one.heldElsewhere('g')).toBe(false);
      // Both play game g anyway (the claim came too late): each save is compare-and-set.
      const store = GameStore.withBackend(memoryBackend());
      const copies: string[] = [];
      const persist = vi.fn();
      const ra = browserRecords(store, one, { persist });
      const rb = browserRecords(store, two, { copied: (id) => copies.push(id), persist });
      const game = (n: number, first?: unknown): RunningGame => {
        const w = withMoves('g', n);
        if (first) (w.replay.actions as unknown[])[0] = first;
        return {
          phase: () => 'diplomacy',
          replay: () => w.replay,
          summary: () => ({ version: w.version, seed: 1, role: 'FRA', outcome: null, meter: 40 }),
        } as unknown as RunningGame;
      };
      ra.adopt('g');
      rb.adopt('g');
      const ga = game(2);
      const gb = game(2, { type: 'statement', issue: 'assad', position: 1 });
      ra.save(ga);
      await ra.settled();
      rb.save(gb);
      await rb.settled();
      expect(copies).toHaveLength(1);
      expect(rb.current()).toBe(copies[0]);
      expect(ra.current()).toBe('g');
      const listed = await store.list();
      expect(listed.games.map((g) => g.id).sort()).toEqual([copies[0], 'g'].sort());
      // The copy is B's game; A's record is A's game.
      expect(listed.games.find((g) => g.id === 'g')!.replay).toEqual(ga.replay());
      expect(listed.games.find((g) => g.id === copies[0])!.replay).toEqual(gb.replay());
      // Storage persistence is asked once per tab, after its first stored save.
      ra.save(ga);
      await ra.settled();
      expect(persist).toHaveBeenCalledTimes(2);
    } finally {
      one.close();
      two.close();
    }
  });
});
