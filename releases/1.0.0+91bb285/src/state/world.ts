// The whole game state the rules read and write: plain, serialisable data, hashed for replays.
import type { Scenario } from '../data/schema';
import type { ActionRecord } from './actions';
import type { MeterBreakdown } from './model/meter';

export type ActorId = string;
export type IssueId = string;
export type Terms = Record<IssueId, number>;

export interface Bound {
  min: number;
  max: number;
}

export interface AutonomousMove {
  actor: ActorId;
  issue: IssueId;
  from: number;
  to: number;
  /** The actor whose pressure moved it (Bueno de Mesquita challenge), if any. */
  by: ActorId;
}

export interface RoundRecord {
  round: number;
  date: string;
  actions: ActionRecord[];
  autonomous: AutonomousMove[];
  /** Commitment changes when actors re-weigh the coalition on their own. */
  drift: { actor: ActorId; from: number; to: number }[];
  events: string[];
  meter: MeterBreakdown | null;
}

export type OutcomeId = 'grand_coalition' | 'parallel_campaigns' | 'fracture';

export interface World {
  seed: number;
  role: ActorId;
  round: number;
  ap: number;
  pos: Record<ActorId, Terms>;
  commit: Record<ActorId, number>;
  trust: Record<ActorId, Record<ActorId, number>>;
  bounds: Record<ActorId, Record<IssueId, Bound>>;
  deconfliction: number;
  /** Counter-offers actors made this round; the same terms sent back are accepted. */
  counters: Record<ActorId, Terms>;
  /** How often each random event has fired. */
  fired: Record<string, number>;
  rounds: RoundRecord[];
  meter: MeterBreakdown;
  outcome: OutcomeId | null;
}

/** Rounds values stored in the world so that hashes match across engines and logs stay readable. */
export const q = (x: number): number => Math.round(x * 1e4) / 1e4;
export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

export function initialBounds(scenario: Scenario): Record<ActorId, Record<IssueId, Bound>> {
  const out: Record<ActorId, Record<IssueId, Bound>> = {};
  for (const a of scenario.actors) {
    const b: Record<IssueId, Bound> = {};
    for (const i of scenario.issues) b[i.id] = { min: 0, max: 100 };
    for (const c of a.constraints) {
      const cur = b[c.issue]!;
      b[c.issue] = { min: c.min ?? cur.min, max: c.max ?? cur.max };
    }
    out[a.id] = b;
  }
  return out;
}

export function initialTrust(scenario: Scenario): Record<ActorId, Record<ActorId, number>> {
  const out: Record<ActorId, Record<ActorId, number>> = {};
  for (const a of scenario.actors) {
    const row: Record<ActorId, number> = {};
    for (const b of scenario.actors) row[b.id] = a.id === b.id ? 1 : scenario.trust.default.value;
    out[a.id] = row;
  }
  for (const e of scenario.trust.entries) {
    out[e.from]![e.to] = e.value;
    if (e.mutual) out[e.to]![e.from] = e.value;
  }
  return out;
}
