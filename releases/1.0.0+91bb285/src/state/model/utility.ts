// An actor's utility for joining the coalition on given terms: a spatial bargaining model
// (salience-weighted distance on each issue) plus trust, threat, commitment and red lines.
import type { Citation } from '../../data/schema';
import type { Rules } from '../rules';
import { q, type ActorId, type IssueId, type Terms, type World } from '../world';
import { coalitionLine } from './meter';

/** Weights of the utility's terms: design assumptions, documented in docs/MODEL.md. */
export const WEIGHTS = {
  fit: 1.2,
  trust: 0.6,
  threat: 0.3,
  commitment: 0.5,
  /** Per 100 points beyond a red line. */
  redline: 5,
  bias: -0.25,
} as const;

/** Temperature of the logistic answer: lower means more predictable actors. */
export const TEMPERATURE = 0.25;

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

export const logistic = (u: number): number => 1 / (1 + Math.exp(-u / TEMPERATURE));

/**
 * Evaluates joining on `terms` (filled with the coalition line) as `actor` sees it, asked by `from`.
 * `personal` is the extra pull of the channel used (a visit weighs more than a call). Red lines
 * count only when terms are on the table (a proposal, or the line an actor re-weighs each round):
 * a call or a visit asks for cooperation, not for signing up to the line.
 */
export function evaluate(rules: Rules, world: World, actor: ActorId, from: ActorId, terms: Terms, personal = 0, redlines = true, line?: Terms): Evaluation {
  const full = fullTerms(rules, world, terms, line);
  const sal = rules.salience[actor]!;
  const pos = world.pos[actor]!;
  const bounds = world.bounds[actor]!;
  let fitNum = 0;
  let salSum = 0;
  let beyondSum = 0;
  const issues: IssueView[] = [];
  for (const i of rules.issueIds) {
    const z = full[i]!;
    const f = 1 - (2 * Math.abs(pos[i]! - z)) / 100;
    const b = bounds[i]!;
    const beyond = z < b.min ? b.min - z : z > b.max ? z - b.max : 0;
    fitNum += sal[i]! * f;
    salSum += sal[i]!;
    beyondSum += beyond;
    issues.push({ issue: i, own: q(pos[i]!), proposed: q(z), salience: sal[i]!, fit: q(f), beyond: q(beyond), sources: rules.citations[actor]![i]! });
  }
  const fit = salSum > 0 ? fitNum / salSum : 0;
  const raw: [FactorId, number, number][] = [
    ['fit', fit, WEIGHTS.fit],
    ['trust', world.trust[actor]![from]!, WEIGHTS.trust],
    ['threat', rules.threat[actor]!, WEIGHTS.threat],
    ['commitment', world.commit[actor]! - 0.5, WEIGHTS.commitment],
    ['redlines', redlines ? beyondSum / 100 : 0, -WEIGHTS.redline],
    ['personal', personal, 1],
    ['bias', 1, WEIGHTS.bias],
  ];
  let utility = 0;
  const factors: Factor[] = raw.map(([id, value, weight]) => {
    const contribution = value * weight;
    utility += contribution;
    return { id, value: q(value), weight, contribution: q(contribution) };
  });
  return { actor, utility: q(utility), pAccept: q(logistic(utility)), factors, issues };
}
