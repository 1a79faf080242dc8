// The record as the model's test: reads a world against the scenario's checkpoints (what public
// reporting says the world looked like on a date). Pure: the runner plays the games.
import type { Check, Checkpoint, Scenario } from '../../data/schema';
import { members } from './model/meter';
import { outcomeOf } from './model/outcome';
import type { Rules } from './rules';
import type { ActorId, World } from './world';

export interface Sanction {
  from: ActorId;
  to: ActorId;
}

const key = (s: Sanction) => `${s.from}>${s.to}`;

/** Sanctions the record has in force on a date: those of 17 November, then each event's on its date. */
export function sanctionsOnRecord(scenario: Scenario, upTo: string): Sanction[] {
  const out = scenario.sanctions.map(({ from, to }) => ({ from, to }));
  for (const e of scenario.events) if (e.date <= upTo) for (const s of e.sanctions ?? []) out.push(s);
  return dedupe(out);
}

function dedupe(list: Sanction[]): Sanction[] {
  const seen = new Set<string>();
  return list.filter((s) => !seen.has(key(s)) && seen.add(key(s)));
}

/**
 * Sanctions in force in a world: those of 17 November, those of the events that have fired, and
 * any an actor imposed on its own (`sanction-A-B` in the fired counters, from older rule sets).
 */
export function sanctionsInForce(rules: Rules, w: World): Sanction[] {
  const s = rules.scenario;
  const out: Sanction[] = s.sanctions.map(({ from, to }) => ({ from, to }));
  const byId = new Map(s.events.map((e) => [e.id, e]));
  for (const r of w.rounds) for (const id of r.events) for (const x of byId.get(id)?.sanctions ?? []) out.push(x);
  for (const k of Object.keys(w.fired)) {
    const m = /^sanction-([A-Z]+)-([A-Z]+)$/.exec(k);
    if (m) out.push({ from: m[1]!, to: m[2]! });
  }
  return dedupe(out).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** How a dated act went in a world so far: as recorded, otherwise, or not (yet) at all. */
export function actWent(w: World, id: string, now: readonly string[] = []): 'record' | 'otherwise' | 'none' {
  if (now.includes(id)) return 'record';
  if (now.includes(`${id}/otherwise`)) return 'otherwise';
  for (const r of w.rounds)
    for (const e of r.events) {
      if (e === id) return 'record';
      if (e === `${id}/otherwise`) return 'otherwise';
    }
  return 'none';
}

/** Whether one check holds; when not, what the world showed instead. */
export function check(rules: Rules, w: World, c: Check, date: string, now: readonly string[] = []): string | null {
  const inRange = (v: number, min?: number, max?: number) =>
    (min === undefined || v >= min) && (max === undefined || v <= max);
  const range = (min?: number, max?: number) =>
    min !== undefined && max !== undefined ? `${min}–${max}` : min !== undefined ? `≥ ${min}` : `≤ ${max}`;
  // Which side of the record's range the world fell: the hindcast groups misses by it.
  const side = (v: number, min?: number) => (min !== undefined && v < min ? 'too low' : 'too high');
  switch (c.kind) {
    case 'position': {
      const v = w.pos[c.actor]![c.issue]!;
      return inRange(v, c.min, c.max)
        ? null
        : `${c.actor} ${c.issue} ${side(v, c.min)}: ${v} (record: ${range(c.min, c.max)})`;
    }
    case 'trust': {
      const v = w.trust[c.from]![c.to]!;
      return inRange(v, c.min, c.max)
        ? null
        : `trust ${c.from}→${c.to} ${side(v, c.min)}: ${v} (record: ${range(c.min, c.max)})`;
    }
    case 'deconfliction':
      return inRange(w.deconfliction, c.min, c.max)
        ? null
        : `deconfliction ${side(w.deconfliction, c.min)}: ${w.deconfliction} (record: ${range(c.min, c.max)})`;
    case 'member': {
      const m = new Set(members(rules, w));
      const wrong = c.actors.filter((a) => m.has(a) !== c.is && a !== w.role);
      return wrong.length ? `${wrong.join(', ')} ${c.is ? 'not a member' : 'a member'}` : null;
    }
    case 'sanctions': {
      const want = new Set(c.inForce.map(key));
      const have = new Set(sanctionsInForce(rules, w).map(key));
      const extra = [...have].filter((k) => !want.has(k));
      const missing = [...want].filter((k) => !have.has(k));
      return extra.length || missing.length
        ? [extra.length ? `invented: ${extra.join(', ')}` : '', missing.length ? `missing: ${missing.join(', ')}` : '']
            .filter(Boolean)
            .join('; ')
        : null;
    }
    case 'act': {
      const went = actWent(w, c.id, now);
      return (went === 'record') === c.happened
        ? null
        : `${c.id} ${went === 'record' ? 'happened' : went === 'otherwise' ? 'went otherwise' : 'did not happen'}`;
    }
    case 'notBlocked': {
      const blocked = `${c.id}/vetoed`;
      return now.includes(blocked) || w.rounds.some((r) => r.events.includes(blocked))
        ? `${c.id} blocked by the player\u2019s capital`
        : null;
    }
    case 'gap': {
      const [a, b] = c.actors;
      const d = Math.abs(w.pos[a]![c.issue]! - w.pos[b]![c.issue]!);
      return d <= c.max ? null : `${a} and ${b} ${d} apart on ${c.issue} (at most ${c.max})`;
    }
    case 'outcomeNot': {
      const o = w.outcome ?? outcomeOf(rules, w, w.meter);
      return o === c.outcome ? `outcome ${o}` : null;
    }
  }
}

/** The checkpoints that concern a role. */
export const checkpointsFor = (s: Scenario, role: ActorId): Checkpoint[] =>
  s.checkpoints.filter((c) => !c.roles || c.roles.includes(role));

/** The world a checkpoint reads: at the start of the first round after its date, or the final one. */
export function worldAt(rules: Rules, worlds: World[], date: string): World {
  const rounds = rules.scenario.calendar.rounds;
  const i = rounds.findIndex((d) => d > date);
  if (i < 0) return worlds[worlds.length - 1]!;
  return worlds.find((w) => w.round === i && w.rounds.length === i + 1 && !w.outcome) ?? worlds[worlds.length - 1]!;
}

/** Every check of a checkpoint that fails on the world (empty: the world matches the record). */
export function failures(rules: Rules, w: World, cp: Checkpoint): string[] {
  return cp.checks.map((c) => check(rules, w, c, cp.date)).filter((x): x is string => x !== null);
}

export interface CheckpointResult {
  id: string;
  date: string;
  title: string;
  sources: string[];
  role: ActorId;
  seeds: number;
  matched: number;
  share: number;
  /** The commonest ways the world missed the record, with how many seeds each. */
  misses: { reason: string; seeds: number }[];
}

/**
 * Plays the historical line for a role on `seeds` seeds (0 to seeds − 1, normal level) and counts,
 * per checkpoint, the seeds on which the world matches the record.
 */
export function hindcastRole(
  rules: Rules,
  role: ActorId,
  seeds: number,
  play: (seed: number, onRound: (w: World) => void) => void,
): CheckpointResult[] {
  const cps = checkpointsFor(rules.scenario, role);
  const matched = cps.map(() => 0);
  const misses = cps.map(() => new Map<string, number>());
  for (let seed = 0; seed < seeds; seed++) {
    const worlds: World[] = [];
    play(seed, (w) => worlds.push(w));
    cps.forEach((cp, i) => {
      const f = failures(rules, worldAt(rules, worlds, cp.date), cp);
      if (f.length === 0) matched[i]! += 1;
      for (const r of f) {
        // Group misses by what failed, not by the exact number.
        const k = r.replace(/: -?\d+(\.\d+)? \(record/, ' (record');
        misses[i]!.set(k, (misses[i]!.get(k) ?? 0) + 1);
      }
    });
  }
  return cps.map((cp, i) => ({
    id: cp.id,
    date: cp.date,
    title: cp.title,
    sources: cp.sources,
    role,
    seeds,
    matched: matched[i]!,
    share: matched[i]! / seeds,
    misses: [...misses[i]!.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([reason, n]) => ({ reason, seeds: n })),
  }));
}

/** The final world, for checking a game against the record (`npm run sim -- --json --world`). */
export interface WorldDump {
  positions: Record<ActorId, Record<string, number>>;
  commitment: Record<ActorId, number>;
  members: ActorId[];
  deconfliction: number;
  trust: Record<ActorId, Record<ActorId, number>>;
  sanctions: Sanction[];
}

export function worldDump(rules: Rules, w: World): WorldDump {
  return {
    positions: w.pos,
    commitment: w.commit,
    members: members(rules, w),
    deconfliction: w.deconfliction,
    trust: w.trust,
    sanctions: sanctionsInForce(rules, w),
  };
}
