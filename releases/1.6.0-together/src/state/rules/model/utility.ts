// An actor's utility for joining the coalition on given terms: a spatial bargaining model
// (salience-weighted distance on each issue) plus trust, threat, commitment and red lines.
import { partnerExcess, type Rules } from '../rules';
import {
  q,
  type ActorId,
  type Evaluation,
  type Factor,
  type FactorId,
  type IssueView,
  type Terms,
  type World,
} from '../world';
import { DIFFICULTIES } from '../difficulty';
import { coalitionLine, MEMBER_AT } from './meter';

export type { Evaluation, Factor, FactorId, IssueView } from '../world';

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

/** The chance of yes for a utility; lower temperatures make actors more predictable. */
export const logistic = (u: number, temperature: number): number => 1 / (1 + Math.exp(-u / temperature));

interface Core {
  fit: number;
  beyond: number;
  /** The utility before the channel's pull and the level's bias. */
  base: number;
  utility: number;
}

/** The utility's arithmetic, shared by the explained evaluation and the fast chance below. */
function core(
  rules: Rules,
  world: World,
  actor: ActorId,
  from: ActorId,
  terms: Terms,
  line: Terms,
  personal: number,
  redlines: boolean,
): Core {
  const sal = rules.salienceAt[actor]!;
  const binds = rules.bindsTerms[actor]!;
  const ids = rules.issueIds;
  const pos = world.pos[actor]!;
  const bounds = world.bounds[actor]!;
  let fitNum = 0;
  let beyond = 0;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    const z = terms[i] ?? line[i]!;
    fitNum += sal[k]! * (1 - (2 * Math.abs(pos[i]! - z)) / 100);
    if (redlines && binds[k]) {
      const b = bounds[i]!;
      beyond += z < b.min ? b.min - z : z > b.max ? z - b.max : 0;
    }
  }
  // A partner's own line, when the partner is in (Moscow's strikes, not the coalition's words).
  // Red lines are only counted when they count (redlines): otherwise `beyond` is read by no one.
  if (redlines)
    for (const l of rules.partnerLines[actor]!) {
      const who = l.partner;
      if (who === actor || (who !== world.role && world.commit[who]! < MEMBER_AT)) continue;
      beyond += partnerExcess(l, world.pos[who]![l.issue]!);
    }
  const salSum = rules.salienceSum[actor]!;
  const fit = salSum > 0 ? fitNum / salSum : 0;
  const level = DIFFICULTIES[world.difficulty];
  // Everything but the channel's pull and the level's bias, which are added last, in that order.
  const base =
    WEIGHTS.fit * fit +
    WEIGHTS.trust * world.trust[actor]![from]! +
    WEIGHTS.threat * rules.threat[actor]! +
    WEIGHTS.commitment * (world.commit[actor]! - 0.5) -
    (redlines ? (level.redline * beyond) / 100 : 0);
  return { fit, beyond, base, utility: base + personal + level.bias };
}

/**
 * The chances of accepting the same terms through channels of different pull (a call, a visit):
 * the utility is worked out once, and each chance is exactly what acceptChance gives for its pull.
 */
export function acceptChances(
  rules: Rules,
  world: World,
  actor: ActorId,
  from: ActorId,
  terms: Terms,
  personals: readonly number[],
  redlines: boolean,
  line: Terms = coalitionLine(rules, world),
): number[] {
  const level = DIFFICULTIES[world.difficulty];
  const { base } = core(rules, world, actor, from, terms, line, 0, redlines);
  return personals.map((p) => logistic(base + p + level.bias, level.temperature));
}

/** Only the chance of accepting: what bots and the drift need, without the explanation. */
export function acceptChance(
  rules: Rules,
  world: World,
  actor: ActorId,
  from: ActorId,
  terms: Terms,
  personal = 0,
  redlines = true,
  line: Terms = coalitionLine(rules, world),
): number {
  return logistic(
    core(rules, world, actor, from, terms, line, personal, redlines).utility,
    DIFFICULTIES[world.difficulty].temperature,
  );
}

/** Each issue as `actor` sees `terms` (filled with the coalition line): the evaluation's table. */
export function issueViews(rules: Rules, world: World, actor: ActorId, terms: Terms, line: Terms): IssueView[] {
  const binds = rules.bindsTerms[actor]!;
  const pos = world.pos[actor]!;
  const bounds = world.bounds[actor]!;
  return rules.issueIds.map((i, k) => {
    const z = terms[i] ?? line[i]!;
    const own = pos[i]!;
    const b = bounds[i]!;
    const beyond = !binds[k] ? 0 : z < b.min ? b.min - z : z > b.max ? z - b.max : 0;
    return {
      issue: i,
      own: q(own),
      proposed: q(z),
      salience: rules.salience[actor]![i]!,
      fit: q(1 - (2 * Math.abs(own - z)) / 100),
      beyond: q(beyond),
      sources: rules.citations[actor]![i]!,
    };
  });
}

/**
 * Evaluates joining on `terms` (filled with the coalition line) as `actor` sees it, asked by `from`.
 * `personal` is the extra pull of the channel used (a visit weighs more than a call). Red lines
 * count only when terms are on the table (a proposal, or the line an actor re-weighs each round):
 * a call or a visit asks for cooperation, not for signing up to the line.
 */
export function evaluate(
  rules: Rules,
  world: World,
  actor: ActorId,
  from: ActorId,
  terms: Terms,
  personal = 0,
  redlines = true,
  line: Terms = coalitionLine(rules, world),
): Evaluation {
  const c = core(rules, world, actor, from, terms, line, personal, redlines);
  const level = DIFFICULTIES[world.difficulty];
  const issues = issueViews(rules, world, actor, terms, line);
  const raw: [FactorId, number, number][] = [
    ['fit', c.fit, WEIGHTS.fit],
    ['trust', world.trust[actor]![from]!, WEIGHTS.trust],
    ['threat', rules.threat[actor]!, WEIGHTS.threat],
    ['commitment', world.commit[actor]! - 0.5, WEIGHTS.commitment],
    ['redlines', redlines ? c.beyond / 100 : 0, -level.redline],
    ['personal', personal, 1],
    ['bias', 1, level.bias],
  ];
  const factors: Factor[] = raw.map(([id, value, weight]) => ({
    id,
    value: q(value),
    weight,
    contribution: q(value * weight),
  }));
  return { actor, utility: q(c.utility), pAccept: q(logistic(c.utility, level.temperature)), factors, issues };
}
