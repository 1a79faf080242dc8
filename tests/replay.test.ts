import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPolicy } from '../src/state/bots/policies';
import { checkReplay, loadReplay, makeReplay, MAX_REPLAY_BYTES, upgrade } from '../src/state/replays/replay';
import { scenario } from './helpers';

const sample = () => makeReplay(scenario, runPolicy(scenario, 3, 'FRA', 'random'));

describe('replay format v1', () => {
  it('round-trips: a game written out and read back reproduces its hash (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_294_967_295 }),
        fc.constantFrom('random', 'greedy', 'historical', 'passive'),
        (seed, policy) => {
          const game = runPolicy(scenario, seed, 'FRA', policy as 'random');
          const r = loadReplay(JSON.stringify(makeReplay(scenario, game)), scenario);
          return r.ok && r.game.hash === game.hash && r.game.world.outcome === game.world.outcome;
        },
      ),
      { numRuns: 25 },
    );
  });

  const bad: [string, (r: Record<string, unknown>) => unknown, RegExp][] = [
    ['a changed hash', (r) => ({ ...r, hash: '0'.repeat(64) }), /hash mismatch/],
    [
      'an illegal action',
      (r) => ({ ...r, actions: [{ type: 'visit', target: 'FRA' }, ...(r.actions as unknown[])] }),
      /action 1 \(visit to FRA\) is illegal: you cannot negotiate with yourself/,
    ],
    [
      'an action out of its round',
      (r) => ({
        ...r,
        actions: [{ type: 'visit', target: 'USA' }, { type: 'visit', target: 'RUS' }, ...(r.actions as unknown[])],
      }),
      /action 2 \(visit to RUS\) is illegal: visit costs 2 action points, 1 left/,
    ],
    ['a dropped action', (r) => ({ ...r, actions: (r.actions as unknown[]).slice(1) }), /hash mismatch/],
    [
      'a version from a newer build',
      (r) => ({ ...r, version: 3 }),
      /version 3 was made by a newer version of the game/,
    ],
    ['an unknown difficulty', (r) => ({ ...r, difficulty: 'godlike' }), /replay invalid at difficulty/],
    ['a version that is no number', (r) => ({ ...r, version: 'one' }), /not a version number/],
    ['another format', (r) => ({ ...r, format: 'chess' }), /not a Grand Coalition replay/],
    [
      'another scenario version',
      (r) => ({ ...r, scenario: { id: scenario.id, version: '9.9.9' } }),
      /scenario version 9\.9\.9/,
    ],
    ['an out-of-range seed', (r) => ({ ...r, seed: -4 }), /replay invalid at seed/],
    [
      'an unknown action type',
      (r) => ({ ...r, actions: [{ type: 'nuke', target: 'RUS' }] }),
      /replay invalid at actions\.0/,
    ],
    ['extra fields', (r) => ({ ...r, admin: true }), /replay invalid at \(root\)|admin/],
  ];
  for (const [what, mutate, message] of bad) {
    it(`rejects ${what} with a specific message`, () => {
      const r = checkReplay(mutate(sample() as unknown as Record<string, unknown>), scenario);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    });
  }

  it('upgrades an old file step by step when a newer format arrives (stand-in v2 → v3 step)', () => {
    const v2 = sample() as unknown as Record<string, unknown>;
    const toV3 = (r: Record<string, unknown>) => ({ ...r, moves: r.actions, actions: undefined });
    const up = upgrade(v2, 3, { 2: toV3 });
    expect(up.ok && up.raw.version).toBe(3);
    expect(up.ok && up.raw.moves).toEqual(v2.actions);
    const none = upgrade(v2, 3, {});
    expect(!none.ok && none.error).toMatch(/too old for this build/);
  });

  it('loads a real version-1 file (before difficulty levels) as a normal game, with the hash its build wrote', () => {
    // The golden format-1 file of this scenario version (tests/fixtures/replays/README.md).
    const dir = join(__dirname, 'fixtures', 'replays', scenario.version);
    const name = readdirSync(dir).find((f) => f.startsWith('format1-'));
    expect(name, `a format1-*.json in ${dir}`).toBeDefined();
    const text = readFileSync(join(dir, name!), 'utf8');
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(raw.version).toBe(1);
    expect(raw).not.toHaveProperty('difficulty');
    const r = loadReplay(text, scenario);
    if (!r.ok) throw new Error(r.error);
    expect(r.replay.difficulty).toBe('normal');
    expect(r.game.hash).toBe(raw.hash);
    // Written out again today (format 2, difficulty named), the same game keeps its hash.
    const again = makeReplay(scenario, r.game);
    expect(again.version).toBeGreaterThan(1);
    expect(again.hash).toBe(raw.hash);
  });

  it('round-trips a hard game, whose hash differs from the normal one', () => {
    const hard = runPolicy(scenario, 3, 'FRA', 'random', 'hard');
    const r = loadReplay(JSON.stringify(makeReplay(scenario, hard)), scenario);
    expect(r.ok && r.replay.difficulty).toBe('hard');
    expect(r.ok && r.game.hash).toBe(hard.hash);
    expect(hard.hash).not.toBe(runPolicy(scenario, 3, 'FRA', 'random').hash);
  });

  it('rejects malformed JSON and oversized files without parsing them', () => {
    const r1 = loadReplay('{"format": "grand-coalition-replay", ', scenario);
    expect(!r1.ok && r1.error).toMatch(/not valid JSON/);
    const r2 = loadReplay(' '.repeat(MAX_REPLAY_BYTES + 1), scenario);
    expect(!r2.ok && r2.error).toMatch(/larger than 1 MB/);
  });

  it('never throws on arbitrary input (fuzz)', () => {
    const valid = sample() as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .record({ key: fc.constantFrom(...Object.keys(valid)), value: fc.jsonValue() })
            .map(({ key, value }) => JSON.stringify({ ...valid, [key]: value })),
        ),
        (text) => {
          const r = loadReplay(text, scenario);
          return r.ok === false ? typeof r.error === 'string' && r.error.length > 0 : true;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('replay viewer support', () => {
  it('gives the world as each round begins, and the moves up to a round', async () => {
    const { roundWorlds, actionsBeforeRound } = await import('../src/state/replays/replay');
    const r = sample();
    const worlds = roundWorlds(scenario, r);
    expect(worlds).toHaveLength(13);
    expect(worlds.map((w) => w.round)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11]);
    expect(worlds[12]!.outcome).not.toBeNull();
    const before5 = actionsBeforeRound(r, 5);
    expect(before5.filter((a) => a.type === 'end')).toHaveLength(5);
    const { playAll } = await import('../src/state/rules/game');
    const resumed = playAll(scenario, r.seed, r.role, before5);
    expect(resumed.ok && resumed.game.world.round).toBe(5);
    expect(resumed.ok && JSON.stringify(resumed.game.world.pos)).toBe(JSON.stringify(worlds[5]!.pos));
  });
});
