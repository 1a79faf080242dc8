// The types the world is made of: its ids, and what it records (moves and answers, the actors'
// own moves, the meter). They import no rule, so the world and the modules that compute these
// (./actions.ts, ./model/*, which re-export them) form no cycle; ./world.ts re-exports them all.
import type { Citation } from '../../data/schema';
import type { PlayerAction } from './actionSchema';

export type ActorId = string;
export type IssueId = string;
export type Terms = Record<IssueId, number>;

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
  /** Who made the move, in a game several roles play (./together.ts); absent in a one-player game. */
  by?: ActorId;
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
  | 'fit'
  | 'trust'
  | 'threat'
  | 'commitment'
  | 'redlines'
  | 'personal'
  | 'bias'
  | 'ambition'
  | 'crossed'
  | 'pressing'
  | 'asking';

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

/**
 * A member the coalition's line does not hold, tested at a round's end (./model/pressure.ts): the
 * parts of its chance of leaving, the chance, the seeded roll, and whether it left (roll < chance).
 */
export interface PressureTest {
  actor: ActorId;
  /** Its chance of accepting the line the other members make (below 50%: the line does not hold it). */
  line: number;
  /** Its commitment when tested, after any wear. */
  commitment: number;
  /** The round's shocks (event ids) that tested it. */
  shocks: string[];
  /** Whether the player talked to it this round (a yes or a counter-offer). */
  attended: boolean;
  chance: number;
  roll: number;
  left: boolean;
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
