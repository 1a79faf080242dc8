// The whole game state the rules read and write: plain, serialisable data, hashed for replays.
// The types of what it records are in ./types.ts, which imports no rule (so no module cycle).
import type { Scenario } from '../../data/schema';
import type { Difficulty } from './difficulty';
import type { ActionRecord, ActorId, HeldBack, Initiative, IssueId, MeterBreakdown, Terms } from './types';

export type * from './types';

export interface Bound {
  min: number;
  max: number;
}

export interface RoundRecord {
  round: number;
  date: string;
  actions: ActionRecord[];
  /** Commitment changes when actors re-weigh the coalition on their own. */
  drift: { actor: ActorId; from: number; to: number }[];
  /** What actors did on their own at the round's end (strikes, statements, calls, incidents). */
  initiatives: Initiative[];
  /** Hostile moves that actors the player had just won over held back from. */
  heldBack: HeldBack[];
  events: string[];
  meter: MeterBreakdown | null;
}

export type OutcomeId = 'grand_coalition' | 'parallel_campaigns' | 'fracture';

export interface World {
  seed: number;
  role: ActorId;
  difficulty: Difficulty;
  round: number;
  ap: number;
  pos: Record<ActorId, Terms>;
  commit: Record<ActorId, number>;
  trust: Record<ActorId, Record<ActorId, number>>;
  bounds: Record<ActorId, Record<IssueId, Bound>>;
  deconfliction: number;
  /** Counter-offers actors made this round; the same terms sent back are accepted. */
  counters: Record<ActorId, Terms>;
  /** How often each random event has fired, and which once-a-game initiatives (calls, statements) were taken. */
  fired: Record<string, number>;
  rounds: RoundRecord[];
  meter: MeterBreakdown;
  /** The meter before the first move, for the debrief's chart. */
  startMeter: number;
  outcome: OutcomeId | null;
  /**
   * The capitals people lead, when more than one does (./together.ts); absent in a one-player game,
   * so its hash stays what it was. `role` is then the one whose move is being played.
   */
  humans?: ActorId[];
}

/** Whether people lead this capital: the player's, or another human role's in a game played together. */
export const isHuman = (w: World, a: ActorId): boolean =>
  a === w.role || (w.humans !== undefined && w.humans.includes(a));

/** Rounds values stored in the world so that hashes match across engines and logs stay readable. */
export const q = (x: number): number => Math.round(x * 1e4) / 1e4;
export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

export function initialBounds(scenario: Scenario): Record<ActorId, Record<IssueId, Bound>> {
  const out: Record<ActorId, Record<IssueId, Bound>> = {};
  for (const a of scenario.actors) {
    const b: Record<IssueId, Bound> = {};
    for (const i of scenario.issues) b[i.id] = { min: 0, max: 100 };
    for (const c of a.constraints) {
      // A red line about a partner's own line bounds the partner, not the actor (rules.partnerLines).
      if (c.about) continue;
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
