// An actor's utility for joining the coalition on given terms: a spatial bargaining model
// (salience-weighted distance on each issue) plus trust, threat, commitment and red lines.
import type { Citation } from '../../data/schema';
import type { Rules } from '../rules';
import { q, type ActorId, type IssueId, type Terms, type World } from '../world';
import { DIFFICULTIES } from '../difficulty';
import { coalitionLine } from './meter';

/**
 * Weights of the utility's terms: design assumptions, documented in docs/MODEL.md. The red-line
 * weight, the bias and the answers' temperature depend on the difficulty level (difficulty.ts).
 */
export const WEIGHTS = {
  fit: 1.2,
  trust: 0.6,
  threat: 0.3,
  commitment: 0.5,
} as const;

export type FactorId = 'fit' | 'trust' | 'threat' | 'commitment' | 'redlines' | 'personal' | 'bias';

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

/** The terms an ask puts to an actor: what the player specified, and the coalition's line elsewhere. */
export function fullTerms(rules: Rules, world: World, terms: Terms, line: Terms = coalitionLine(rules, world)): Terms {
  const out: Terms = {};
  for (const i of rules.issueIds) out[i] = terms[i] ?? line[i]!;
  return out;
}

/** The chance of yes for a utility; lower temperatures make actors more predictable. */
export const logistic = (u: number, temperature: number): number => 1 / (1 + Math.exp(-u / temperature));

interface Core {
  fit: number;
  beyond: number;
  utility: number;
}

/** The utility's arithmetic, shared by the explained evaluation and the fast chance below. */
function core(rules: Rules, world: World, actor: ActorId, from: ActorId, terms: Terms, line: Terms, personal: number, redlines: boolean): Core {
  const sal = rules.salience[actor]!;
  const pos = world.pos[actor]!;
  const bounds = world.bounds[actor]!;
  let fitNum = 0;
  let salSum = 0;
  let beyond = 0;
  for (const i of rules.issueIds) {
    const z = terms[i] ?? line[i]!;
    const b = bounds[i]!;
    fitNum += sal[i]! * (1 - (2 * Math.abs(pos[i]! - z)) / 100);
    salSum += sal[i]!;
    beyond += z < b.min ? b.min - z : z > b.max ? z - b.max : 0;
  }
  const fit = salSum > 0 ? fitNum / salSum : 0;
  const level = DIFFICULTIES[world.difficulty];
  const utility =
    WEIGHTS.fit * fit +
    WEIGHTS.trust * world.trust[actor]![from]! +
    WEIGHTS.threat * rules.threat[actor]! +
    WEIGHTS.commitment * (world.commit[actor]! - 0.5) -
    (redlines ? (level.redline * beyond) / 100 : 0) +
    personal +
    level.bias;
  return { fit, beyond, utility };
}

/** Only the chance of accepting: what bots and the drift need, without the explanation. */
export function acceptChance(rules: Rules, world: World, actor: ActorId, from: ActorId, terms: Terms, personal = 0, redlines = true, line: Terms = coalitionLine(rules, world)): number {
  return logistic(core(rules, world, actor, from, terms, line, personal, redlines).utility, DIFFICULTIES[world.difficulty].temperature);
}

/**
 * Evaluates joining on `terms` (filled with the coalition line) as `actor` sees it, asked by `from`.
 * `personal` is the extra pull of the channel used (a visit weighs more than a call). Red lines
 * count only when terms are on the table (a proposal, or the line an actor re-weighs each round):
 * a call or a visit asks for cooperation, not for signing up to the line.
 */
export function evaluate(rules: Rules, world: World, actor: ActorId, from: ActorId, terms: Terms, personal = 0, redlines = true, line: Terms = coalitionLine(rules, world)): Evaluation {
  const c = core(rules, world, actor, from, terms, line, personal, redlines);
  const level = DIFFICULTIES[world.difficulty];
  const full = fullTerms(rules, world, terms, line);
  const issues: IssueView[] = rules.issueIds.map((i) => {
    const z = full[i]!;
    const own = world.pos[actor]![i]!;
    const b = world.bounds[actor]![i]!;
    const beyond = z < b.min ? b.min - z : z > b.max ? z - b.max : 0;
    return { issue: i, own: q(own), proposed: q(z), salience: rules.salience[actor]![i]!, fit: q(1 - (2 * Math.abs(own - z)) / 100), beyond: q(beyond), sources: rules.citations[actor]![i]! };
  });
  const raw: [FactorId, number, number][] = [
    ['fit', c.fit, WEIGHTS.fit],
    ['trust', world.trust[actor]![from]!, WEIGHTS.trust],
    ['threat', rules.threat[actor]!, WEIGHTS.threat],
    ['commitment', world.commit[actor]! - 0.5, WEIGHTS.commitment],
    ['redlines', redlines ? c.beyond / 100 : 0, -level.redline],
    ['personal', personal, 1],
    ['bias', 1, level.bias],
  ];
  const factors: Factor[] = raw.map(([id, value, weight]) => ({ id, value: q(value), weight, contribution: q(value * weight) }));
  return { actor, utility: q(c.utility), pAccept: q(logistic(c.utility, level.temperature)), factors, issues };
}
