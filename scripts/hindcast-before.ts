// The hindcast's "before" figures: the historical line played by the frozen 1.1.0 rules
// (releases/1.1.0), read against the same checkpoints. Membership is read off the 1.1.0 world's own
// meter (its rules: NATO could join, Germany started outside); sanctions in force are 1.1.0's start
// list (none), its events' and those its actors imposed on their own. Run once for docs/HINDCAST.md.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadScenario } from '../src/data/load';
import type { Check, Checkpoint } from '../src/data/schema';
import { sanctionsOnRecord } from '../src/state/rules/hindcast';
import { checkout, frozenCommit } from './variants/checkout';

/** What is read here of a 1.1.0 world and scenario (its own types stay in its commit). */
interface OldWorld {
  role: string;
  round: number;
  outcome: string | null;
  pos: Record<string, Record<string, number>>;
  trust: Record<string, Record<string, number>>;
  deconfliction: number;
  meter: { members: string[] };
  fired: Record<string, unknown>;
  rounds: { events: string[] }[];
}
interface OldScenario {
  calendar: { rounds: string[] };
  events: { id: string; sanctions?: { from: string; to: string }[] }[];
}
// releases/1.1.0 keeps its rules, not its bots: the historical line is played from 9b01e30's own sources.
const at0 = checkout(frozenCommit(join('releases', '1.1.0')));
const { loadScenario: loadOld } = (await import(pathToFileURL(join(at0, 'src/data/load.ts')).href)) as {
  loadScenario(): OldScenario;
};
const { runPolicy: runOld } = (await import(pathToFileURL(join(at0, 'src/state/policies.ts')).href)) as {
  runPolicy(s: OldScenario, seed: number, role: string, p: string, d: string, onRound: (w: OldWorld) => void): unknown;
};
const seeds = Number(process.env.HINDCAST_SEEDS ?? 500);
const old = loadOld();
const scenario = loadScenario();

function sanctionsOf(w: OldWorld): Set<string> {
  const out = new Set(scenario.sanctions.map((s) => `${s.from}>${s.to}`));
  for (const r of w.rounds)
    for (const id of r.events)
      for (const s of old.events.find((e) => e.id === id)?.sanctions ?? []) out.add(`${s.from}>${s.to}`);
  for (const k of Object.keys(w.fired)) {
    const m = /^sanction-([A-Z]+)-([A-Z]+)$/.exec(k);
    if (m) out.add(`${m[1]}>${m[2]}`);
  }
  return out;
}

function holds(w: OldWorld, c: Check, date: string): boolean {
  const inRange = (v: number, min?: number, max?: number) =>
    (min === undefined || v >= min) && (max === undefined || v <= max);
  switch (c.kind) {
    case 'position':
      return inRange(w.pos[c.actor]![c.issue]!, c.min, c.max);
    case 'trust':
      return inRange(w.trust[c.from]![c.to]!, c.min, c.max);
    case 'deconfliction':
      return inRange(w.deconfliction, c.min, c.max);
    case 'member':
      return c.actors.every((a) => a === w.role || w.meter.members.includes(a) === c.is);
    case 'sanctions': {
      const want = new Set(sanctionsOnRecord(scenario, date).map((s) => `${s.from}>${s.to}`));
      // 1.1.0 had no start list: count as in force what the record had on 17 November too.
      const have = sanctionsOf(w);
      return want.size === have.size && [...want].every((k) => have.has(k));
    }
    case 'outcomeNot':
      return w.outcome !== c.outcome;
  }
}

const at = (worlds: OldWorld[], cp: Checkpoint): OldWorld => {
  const i = old.calendar.rounds.findIndex((d) => d > cp.date);
  return i < 0 ? worlds[worlds.length - 1]! : worlds.find((w) => w.round === i && !w.outcome)!;
};

const rows: { role: string; id: string; share: number }[] = [];
for (const role of scenario.roles.map((r) => r.actor)) {
  const cps = scenario.checkpoints.filter((c) => !c.roles || c.roles.includes(role));
  const ok = cps.map(() => 0);
  for (let seed = 0; seed < seeds; seed++) {
    const worlds: OldWorld[] = [];
    runOld(old, seed, role, 'historical', 'normal', (w) => worlds.push(w));
    cps.forEach((cp, i) => {
      const w = at(worlds, cp);
      if (cp.checks.every((c) => holds(w, c, cp.date))) ok[i]! += 1;
    });
  }
  cps.forEach((cp, i) => rows.push({ role, id: cp.id, share: ok[i]! / seeds }));
}
console.log(JSON.stringify({ rules: '1.1.0', seeds, rows }));
