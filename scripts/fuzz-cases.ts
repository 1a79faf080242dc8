// Generators of bad input for the importer: mangled replays (wrong fields, illegal or shuffled
// actions, cut-off text) and mangled links. Shared by `npm run fuzz` and the test suite.
import fc from 'fast-check';
import type { Scenario } from '../src/data/schema';
import { replayFragment } from '../src/state/link';
import { runPolicy } from '../src/state/policies';
import { makeReplay, type Replay } from '../src/state/replay';

export type Case = { kind: 'file'; text: string } | { kind: 'link'; fragment: string };

export function badInputs(scenario: Scenario): fc.Arbitrary<Case> {
  const base: Replay[] = [1, 2, 3].map((s) => makeReplay(scenario, runPolicy(scenario, s, 'FRA', 'random')));
  const replay = fc.constantFrom(...base);
  const action = fc.oneof(
    fc.record({
      type: fc.constantFrom('call', 'visit', 'nuke'),
      target: fc.constantFrom('RUS', 'USA', 'FRA', 'XX', ''),
    }),
    fc.record({
      type: fc.constant('proposal'),
      target: fc.constantFrom('RUS', 'TUR'),
      terms: fc.dictionary(
        fc.constantFrom('assad', 'target', 'zzz'),
        fc.oneof(fc.double(), fc.integer({ min: -50, max: 150 })),
      ),
    }),
    fc.record({ type: fc.constant('statement'), issue: fc.string(), position: fc.double() }),
    fc.constant({ type: 'end' }),
    fc.jsonValue(),
  );
  const mutated = fc.oneof(
    fc
      .tuple(
        replay,
        fc.constantFrom('format', 'version', 'scenario', 'seed', 'role', 'actions', 'hash'),
        fc.jsonValue(),
      )
      .map(([r, k, v]) => ({ ...r, [k]: v })),
    fc.tuple(replay, fc.nat(), action).map(([r, i, a]) => ({
      ...r,
      actions: [...r.actions.slice(0, i % (r.actions.length + 1)), a, ...r.actions.slice(i % (r.actions.length + 1))],
    })),
    fc
      .tuple(replay, fc.nat())
      .map(([r, i]) => ({ ...r, actions: r.actions.filter((_, j) => j !== i % Math.max(1, r.actions.length)) })),
    fc.tuple(replay, fc.nat(), fc.nat()).map(([r, i, j]) => {
      const a = [...r.actions];
      const x = i % a.length;
      const y = j % a.length;
      [a[x], a[y]] = [a[y]!, a[x]!];
      return { ...r, actions: a };
    }),
  );
  const file = fc.oneof(
    mutated.map((r) => JSON.stringify(r)),
    fc.tuple(replay, fc.nat()).map(([r, n]) => {
      const t = JSON.stringify(r);
      return t.slice(0, n % t.length);
    }),
    fc.string(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.constant('<script>alert(1)</script>'),
  );
  const link = fc.oneof(
    mutated.map((r) => replayFragment(r as Replay)),
    fc.tuple(replay, fc.nat(), fc.nat(), fc.string({ maxLength: 6 })).map(([r, a, b, s]) => {
      const f = replayFragment(r);
      const i = a % f.length;
      return f.slice(0, i) + s + f.slice(Math.max(i, b % f.length));
    }),
    fc.string().map((s) => `replay=${s}`),
    fc.string(),
  );
  return fc.oneof(
    file.map((text) => ({ kind: 'file' as const, text })),
    link.map((fragment) => ({ kind: 'link' as const, fragment })),
  );
}
