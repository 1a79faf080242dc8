// The reducer never changes what it is given: every world it reads, the move and the rules are
// deep-frozen first, so any write to them throws (ES modules, the rules' and this one, are strict
// code); the typed arrays the rules keep, which cannot be frozen, are compared with a copy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFFICULTY_IDS } from '../src/state/rules/difficulty';
import { applyAction } from '../src/state/rules/reducer';
import { initWorld } from '../src/state/rules/step';
import type { PlayerAction } from '../src/state/rules/actions';
import type { World } from '../src/state/rules/world';
import { rules, scenario } from './helpers';

const readOnly = () => {
  throw new TypeError('a frozen Map or Set was changed');
};

/** Typed arrays cannot be frozen (the rules keep some): each is kept with a copy, compared after every move. */
const watched: [ArrayBufferView, Uint8Array][] = [];
const bytes = (v: ArrayBufferView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
const unchanged = () => watched.every(([v, copy]) => Buffer.compare(bytes(v), copy) === 0);

/**
 * Freezes every object reachable from `v`; a Map or Set (the rules keep some) also refuses set, add,
 * delete and clear, and a typed array is watched.
 */
function deepFreeze<T>(v: T, seen = new Set<unknown>()): T {
  // A frozen object's own objects were frozen before it (the parts a new world shares with the last).
  if (typeof v !== 'object' || v === null || seen.has(v) || Object.isFrozen(v)) return v;
  seen.add(v);
  if (ArrayBuffer.isView(v)) {
    watched.push([v, bytes(v).slice()]);
    return v;
  }
  if (v instanceof Map || v instanceof Set) {
    for (const m of ['set', 'add', 'delete', 'clear']) Object.defineProperty(v, m, { value: readOnly });
    for (const [k, x] of v.entries()) {
      deepFreeze(k, seen);
      deepFreeze(x, seen);
    }
  }
  for (const k of Reflect.ownKeys(v)) deepFreeze((v as Record<PropertyKey, unknown>)[k], seen);
  return Object.freeze(v);
}

const actor = fc.oneof({ arbitrary: fc.constantFrom(...rules.actorIds), weight: 12 }, fc.constant('XYZ'));
const issue = fc.oneof(
  { arbitrary: fc.constantFrom(...scenario.issues.map((i) => i.id)), weight: 12 },
  fc.constant('nowhere'),
);
const value = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 100 }), weight: 6 },
  { arbitrary: fc.constantFrom(-1, 101, 33.3, Number.NaN, Number.POSITIVE_INFINITY, -0), weight: 1 },
);
/** Any move: mostly well-formed, some refused (an unknown capital or issue, a position out of range, no points left). */
const move: fc.Arbitrary<PlayerAction> = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('call' as const), target: actor }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant('visit' as const), target: actor }), weight: 2 },
  {
    arbitrary: fc.record({
      type: fc.constant('proposal' as const),
      target: actor,
      terms: fc.dictionary(issue, value, { maxKeys: 3 }),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ type: fc.constant('statement' as const), issue, position: value }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('concession' as const), target: actor, issue }), weight: 2 },
  { arbitrary: fc.constant({ type: 'end' as const }), weight: 3 },
);

describe('applyAction', () => {
  it('is given worlds that refuse every write (the freeze below holds)', () => {
    const w = deepFreeze(initWorld(rules, 1, 'FRA'));
    expect(() => {
      (w as { ap: number }).ap = 0;
    }).toThrow(TypeError);
    expect(() => {
      w.pos.USA!.assad = 0;
    }).toThrow(TypeError);
    expect(() => w.rounds[0]!.actions.push({} as never)).toThrow(TypeError);
  });

  it('never changes the world, the move or the rules it is given, whole games long and past their end', () => {
    deepFreeze(rules);
    let played = 0;
    let refused = 0;
    let ended = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_294_967_295 }),
        fc.constantFrom(...scenario.roles.map((r) => r.actor)),
        fc.constantFrom(...DIFFICULTY_IDS),
        fc.array(move, { minLength: 10, maxLength: 80, size: 'max' }),
        (seed, role, difficulty, moves) => {
          let world: World = initWorld(rules, seed, role, difficulty);
          for (const m of moves) {
            const action = deepFreeze(structuredClone(m));
            const res = applyAction(rules, deepFreeze(world), action);
            expect(action).toEqual(m);
            expect(unchanged()).toBe(true);
            if (res.ok) {
              expect(res.world).not.toBe(world);
              world = res.world;
              played++;
            } else refused++;
          }
          if (world.outcome) ended++;
        },
      ),
      { numRuns: 60 },
    );
    // The property reached what it is about: moves played and refused, and games played to their end.
    expect(played).toBeGreaterThan(600);
    expect(refused).toBeGreaterThan(300);
    expect(ended).toBeGreaterThan(5);
    expect(watched.length).toBeGreaterThan(0);
  });
});
