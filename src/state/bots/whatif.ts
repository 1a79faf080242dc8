// What-ifs as the record's test from the other side: a line of moves (./moves.ts) that should make
// the world leave the record in named ways. Each is played beside the historical line on the same
// seeds; a record act *diverges* on a seed when it went as recorded on the historical line and
// otherwise (or not at all) under the what-if, and a checkpoint *flips* when it holds on the
// historical line and fails under the what-if. Pure: `npm run whatif` reads the files and prints.
import type { Checkpoint, HistoricalEvent } from '../../data/schema';
import { checkpointsFor, failures, worldAt } from '../rules/hindcast';
import { brokenConditions, declinable, inRound, OTHERWISE, VETOED } from '../rules/model/events';
import type { MovesLine, SkippedMove } from './moves';
import { playMovesGame } from './moves';
import { playPolicy } from './policies';
import type { Rules } from '../rules/rules';
import type { OutcomeId, World } from '../rules/world';

/** Issue 23's aim for a what-if: each expected divergence and flip on at least this share of seeds. */
export const WHATIF_AIM = 0.8;

/** Why a divergence happened, and on how many seeds that reason was read. */
export interface Why {
  reason: string;
  sources: string[];
  seeds: number;
}

export interface ActShare {
  id: string;
  title: string;
  date: string;
  seeds: number;
  /** Seeds on which the act went as recorded on the historical line and not under the what-if. */
  diverged: number;
  share: number;
  /** Of those, how many recorded the act's alternative (`<id>/otherwise`); the rest had none. */
  otherwise: number;
  /** Seeds on which the historical line itself recorded the act as it went. */
  onRecord: number;
  /** The act is the role's own capital's diplomacy (the player's moves decide it, not the world). */
  own: boolean;
  why: Why[];
}

export interface FlipShare {
  id: string;
  title: string;
  date: string;
  seeds: number;
  /** Seeds on which the checkpoint holds on the historical line and fails under the what-if. */
  flipped: number;
  share: number;
  /** Seeds on which it holds on the historical line. */
  holdsOnRecord: number;
  why: Why[];
}

export interface WhatIfResult {
  name: string;
  description: string;
  role: string;
  difficulty: string;
  seeds: number;
  acts: ActShare[];
  flips: FlipShare[];
  /** The lowest share among the expected acts and flips (1 when it expects nothing). */
  lowest: number;
  /** Moves the rules refused, with the seeds on which each was refused for that reason. */
  skipped: (Omit<SkippedMove, 'reason'> & { reason: string; seeds: number })[];
  outcomes: Partial<Record<OutcomeId, number>>;
}

/** What is wrong with a what-if's expectations (unknown acts or checkpoints, or ones of another role). */
export function checkWhatIf(rules: Rules, line: MovesLine): string[] {
  const s = rules.scenario;
  const errors: string[] = [];
  for (const id of line.expect.otherwise) {
    const e = s.events.find((x) => x.id === id);
    if (!e) errors.push(`expect.otherwise: no record act "${id}" in the scenario`);
  }
  const mine = new Set(checkpointsFor(s, line.role).map((c) => c.id));
  for (const id of line.expect.flips) {
    if (!s.checkpoints.some((c) => c.id === id)) errors.push(`expect.flips: no checkpoint "${id}"`);
    else if (!mine.has(id)) errors.push(`expect.flips: checkpoint "${id}" does not concern ${line.role}`);
  }
  if (line.expect.otherwise.length + line.expect.flips.length === 0)
    errors.push('expect: name at least one act in "otherwise" or one checkpoint in "flips"');
  return errors;
}

/** The acts fired in a game (ids as the rounds record them). */
const firedIn = (w: World): Set<string> => new Set(w.rounds.flatMap((r) => r.events));

/** Groups a check's failure by what failed, not the number it failed by (as the hindcast's misses). */
export const missKey = (failure: string): string => failure.replace(/: -?\d+(\.\d+)? \(record/, ' (record');

/**
 * Why an act did not go as recorded in a game: each of its conditions that fails on the world as
 * the act's round closed (the condition's own `because` when the data gives one, else the failed
 * check), or what else kept it from the record.
 */
export function whyOtherwise(rules: Rules, worlds: readonly World[], e: HistoricalEvent): Omit<Why, 'seeds'>[] {
  const final = worlds[worlds.length - 1]!;
  if (e.actor === final.role)
    return [
      {
        reason: e.ownMove
          ? 'the player’s own act: the player’s moves decide it'
          : 'the player’s own government’s decision, not taken',
        sources: [],
      },
    ];
  if (final.rounds.some((x) => x.events.includes(`${e.id}${VETOED}`)))
    return [
      {
        reason: declinable(e)
          ? 'the player’s own government declined to receive the visit'
          : 'the player’s own government blocked it (its veto)',
        sources: e.veto!.sources,
      },
    ];
  const r = rules.scenario.calendar.rounds.findIndex((_, k) => inRound(rules, k, e.date));
  // worlds[k] is the world as round k begins, so worlds[r + 1] is round r's close (the last: the end).
  const w = worlds[Math.min(r + 1, worlds.length - 1)]!;
  // The same reading the calendar makes when the act falls due (its conditions for this role).
  const out = brokenConditions(rules, w, e).map(({ condition }) => ({
    reason: condition.because,
    sources: condition.sources,
  }));
  if (out.length) return out;
  return [
    {
      reason: e.when?.length
        ? 'its conditions hold again as the round closes: it turned on the world as the act fell due'
        : 'it states no conditions: something else in the rules kept it from the record',
      sources: [],
    },
  ];
}

/** What a game on the historical line gives the comparison: the acts as recorded, and the checkpoints held. */
interface Baseline {
  fired: Set<string>;
  holds: Set<string>;
}

/** Historical-line games shared by the what-ifs of one role and level (keyed role/difficulty/seed). */
export type BaselineCache = Map<string, Baseline>;

function baseline(rules: Rules, cache: BaselineCache, role: string, difficulty: MovesLine['difficulty'], seed: number) {
  const k = `${role}/${difficulty}/${seed}`;
  let b = cache.get(k);
  if (!b) {
    const worlds: World[] = [];
    playPolicy(rules.scenario, seed, role, 'historical', difficulty, (w) => worlds.push(w));
    const holds = new Set(
      checkpointsFor(rules.scenario, role)
        .filter((cp) => failures(rules, worldAt(rules, worlds, cp.date), cp).length === 0)
        .map((cp) => cp.id),
    );
    b = { fired: firedIn(worlds[worlds.length - 1]!), holds };
    cache.set(k, b);
  }
  return b;
}

function tally(map: Map<string, Why>, whys: Omit<Why, 'seeds'>[]): void {
  for (const w of whys) {
    const k = `${w.reason}\u0000${w.sources.join(',')}`;
    const cur = map.get(k) ?? { ...w, seeds: 0 };
    cur.seeds += 1;
    map.set(k, cur);
  }
}
const sorted = (map: Map<string, Why>): Why[] => [...map.values()].sort((a, b) => b.seeds - a.seeds);

type ActCount = { diverged: number; otherwise: number; onRecord: number; why: Map<string, Why> };
type FlipCount = { flipped: number; holdsOnRecord: number; why: Map<string, Why> };

/** One seed's game against an act the what-if expects otherwise: counted where the record's line had it. */
function countAct(
  rules: Rules,
  a: ActCount,
  e: HistoricalEvent,
  base: Baseline,
  fired: Set<string>,
  worlds: World[],
): void {
  if (!base.fired.has(e.id)) return;
  a.onRecord += 1;
  if (fired.has(e.id)) return;
  a.diverged += 1;
  if (fired.has(`${e.id}${OTHERWISE}`)) a.otherwise += 1;
  tally(a.why, whyOtherwise(rules, worlds, e));
}

/** One seed's game against a checkpoint the what-if expects to flip: counted where it held on the record's line. */
function countFlip(rules: Rules, f: FlipCount, cp: Checkpoint, base: Baseline, worlds: World[]): void {
  if (!base.holds.has(cp.id)) return;
  f.holdsOnRecord += 1;
  const failed = failures(rules, worldAt(rules, worlds, cp.date), cp);
  if (failed.length === 0) return;
  f.flipped += 1;
  tally(
    f.why,
    failed.map((x) => ({ reason: missKey(x), sources: [] })),
  );
}

/**
 * Plays a what-if on each seed beside the historical line (same role, level and seed) and returns,
 * for each act it expects to go otherwise and each checkpoint it expects to flip, the share of
 * seeds on which it did, with why; and for any line, its ends and the moves the rules refused.
 * `cache` shares the historical games between what-ifs; `onGame` sees each game's final world.
 */
export function whatIfShares(
  rules: Rules,
  line: MovesLine,
  seeds: readonly number[],
  cache: BaselineCache = new Map(),
  onGame?: (seed: number, world: World) => void,
): WhatIfResult {
  const s = rules.scenario;
  const events = line.expect.otherwise.map((id) => s.events.find((e) => e.id === id));
  const cps = line.expect.flips.map((id) => s.checkpoints.find((c) => c.id === id));
  const acts = events.map((): ActCount => ({ diverged: 0, otherwise: 0, onRecord: 0, why: new Map() }));
  const flips = cps.map((): FlipCount => ({ flipped: 0, holdsOnRecord: 0, why: new Map() }));
  const skipped = new Map<string, WhatIfResult['skipped'][number]>();
  const outcomes: WhatIfResult['outcomes'] = {};
  const expects = events.length + cps.length > 0;
  for (const seed of seeds) {
    const worlds: World[] = [];
    const g = playMovesGame(rules, line, seed, (w) => worlds.push(w));
    onGame?.(seed, g.world);
    const fired = firedIn(g.world);
    outcomes[g.world.outcome!] = (outcomes[g.world.outcome!] ?? 0) + 1;
    for (const m of g.skipped) {
      const k = `${m.round}/${m.index}/${m.reason}`;
      const cur = skipped.get(k) ?? { ...m, seeds: 0 };
      cur.seeds += 1;
      skipped.set(k, cur);
    }
    // The historical line on this seed, only when there is something to compare.
    const base = expects ? baseline(rules, cache, line.role, line.difficulty, seed) : null;
    if (!base) continue;
    events.forEach((e, i) => e && countAct(rules, acts[i]!, e, base, fired, worlds));
    cps.forEach((cp, i) => cp && countFlip(rules, flips[i]!, cp, base, worlds));
  }
  const n = seeds.length;
  const actShares: ActShare[] = line.expect.otherwise.map((id, i) => ({
    id,
    title: events[i]?.title ?? '(not in the scenario)',
    date: events[i]?.date ?? '',
    seeds: n,
    diverged: acts[i]!.diverged,
    share: n ? acts[i]!.diverged / n : 0,
    otherwise: acts[i]!.otherwise,
    onRecord: acts[i]!.onRecord,
    own: !!events[i]?.ownMove && events[i]?.actor === line.role,
    why: sorted(acts[i]!.why),
  }));
  const flipShares: FlipShare[] = line.expect.flips.map((id, i) => ({
    id,
    title: cps[i]?.title ?? '(not in the scenario)',
    date: cps[i]?.date ?? '',
    seeds: n,
    flipped: flips[i]!.flipped,
    share: n ? flips[i]!.flipped / n : 0,
    holdsOnRecord: flips[i]!.holdsOnRecord,
    why: sorted(flips[i]!.why),
  }));
  return {
    name: line.name,
    description: line.description,
    role: line.role,
    difficulty: line.difficulty,
    seeds: n,
    acts: actShares,
    flips: flipShares,
    lowest: Math.min(1, ...actShares.map((a) => a.share), ...flipShares.map((f) => f.share)),
    skipped: [...skipped.values()].sort((a, b) => a.round - b.round || a.index - b.index || b.seeds - a.seeds),
    outcomes,
  };
}

/** Seeds 0 to n − 1, the what-ifs' and the hindcast's default. */
export const firstSeeds = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
