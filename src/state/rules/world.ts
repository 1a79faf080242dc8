// The whole game state the rules read and write: plain, serialisable data, hashed for replays.
// The types of what it records (moves and answers, the actors' own moves, the meter) live here too,
// so the world depends on no rule that reads or writes it (the modules that compute them re-export them).
import type { Citation, Scenario } from '../../data/schema';
import type { PlayerAction } from './actionSchema';
import type { Difficulty } from './difficulty';

export type ActorId = string;
export type IssueId = string;
export type Terms = Record<IssueId, number>;

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
}

// A move played, with its answer (./actions.ts).
export interface Reaction {
  actor: ActorId;
  /** Change in the actor's trust toward the player. */
  trust: number;
}

export interface ActionRecord {
  round: number;
  action: PlayerAction;
  answer: Answer | null;
  /** Largest trust reactions of third parties to a public move. */
  reactions: Reaction[];
}

// An answer (./model/answer.ts) and the evaluation behind it (./model/utility.ts).
export type AnswerKind = 'accept' | 'reject' | 'counter';

export interface Answer {
  kind: AnswerKind;
  /** The seeded draw; accept when roll < pAccept. Null when an actor honours its own counter. */
  roll: number | null;
  evaluation: Evaluation;
  counter: Terms | null;
}

/** The utility's factors, then what asking costs (model/answer.ts: ambition, red lines crossed, pressing). */
export type FactorId =
  'fit' | 'trust' | 'threat' | 'commitment' | 'redlines' | 'personal' | 'bias' | 'ambition' | 'crossed' | 'pressing';

export interface Factor {
  id: FactorId;
  /** The raw value of the factor, before its weight. */
  value: number;
  weight: number;
  contribution: number;
}

export interface IssueView {
  issue: IssueId;
  own: number;
  proposed: number;
  salience: number;
  /** This issue's share of the fit, from -1 (opposite ends) to 1 (same position). */
  fit: number;
  /** Points beyond the actor's red line, 0 when within it. */
  beyond: number;
  sources: Citation[];
}

export interface Evaluation {
  actor: ActorId;
  utility: number;
  pAccept: number;
  factors: Factor[];
  issues: IssueView[];
}

// What actors did on their own (./model/agency.ts).
export type InitiativeKind = 'strike' | 'statement' | 'call' | 'incident';

export interface Initiative {
  kind: InitiativeKind;
  actor: ActorId;
  /** The partner of a call, the other side of an incident. */
  other: ActorId | null;
  issue: IssueId | null;
  /** The number that moved it: its line on the target, its trust in the other or the player, the deconfliction. */
  because: number;
  /** What it changed, for the briefing: positions, trust, deconfliction. */
  moved: { actor: ActorId; issue: IssueId; from: number; to: number }[];
  trust: { from: ActorId; to: ActorId; delta: number }[];
  deconfliction: number;
}

/** An actor the player reached this round and that said yes holds back from hostile moves. */
export interface HeldBack {
  actor: ActorId;
  kind: InitiativeKind;
  other: ActorId | null;
}

// The coalition meter (./model/meter.ts).
export interface MemberPart {
  actor: ActorId;
  commitment: number;
  agreement: number;
  /** Points this member adds to the meter. */
  points: number;
}

export interface MeterBreakdown {
  value: number;
  members: ActorId[];
  line: Terms;
  deconfliction: number;
  parts: MemberPart[];
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
