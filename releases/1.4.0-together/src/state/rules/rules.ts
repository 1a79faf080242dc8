// Static, per-scenario lookups the model reads on every call: built once from the validated data.
import type { Actor, AnswerRules, Campaign, Citation, IssueRoles, Outcomes, Scenario } from '../../data/schema';
import type { ActorId, IssueId } from './world';

export interface Rules {
  scenario: Scenario;
  actorIds: ActorId[];
  issueIds: IssueId[];
  /** The issue that plays each of the model's parts (strikes, regime, force), named by the scenario. */
  issue: IssueRoles;
  /** The endings' bars: meter and deconfliction for a grand coalition and for parallel campaigns. */
  outcomes: Outcomes;
  /** How capitals weigh an ask beyond the spatial utility (model/answer.ts). */
  answers: AnswerRules;
  actor: Record<ActorId, Actor>;
  capability: Record<ActorId, number>;
  threat: Record<ActorId, number>;
  salience: Record<ActorId, Record<IssueId, number>>;
  /** Capability × salience: an actor's weight on an issue in the coalition's line and in bargaining. */
  pull: Record<ActorId, Record<IssueId, number>>;
  campaign: Record<ActorId, Campaign>;
  eligible: Record<ActorId, boolean>;
  /** Red lines about a partner's own line: what an actor asks of a partner before it fights beside it. */
  partnerLines: Record<ActorId, PartnerLine[]>;
  /** The same red lines by the partner they bind: who holds each, in scenario order. */
  linesOn: Record<ActorId, { by: ActorId; line: PartnerLine }[]>;
  /** Red lines that bind only the actor's own line: "actor.issue". */
  ownLines: Set<string>;
  /** Issues whose red lines bind only the actor's own forces, not the terms it accepts. */
  ownOnly: Set<IssueId>;
  /** Sum of the capabilities of every actor that could join: the meter's denominator. */
  eligibleCapability: number;
  /**
   * The same numbers laid out by issue index (the order of issueIds), for the model's inner loops:
   * each actor's salience and pull, the sum of its saliences (summed in that order), and whether its
   * red line on each issue binds the terms it accepts (not an own-forces issue, not an own line).
   */
  salienceAt: Record<ActorId, Float64Array>;
  pullAt: Record<ActorId, Float64Array>;
  salienceSum: Record<ActorId, number>;
  bindsTerms: Record<ActorId, boolean[]>;
  /**
   * The names under which the record of what has fired keeps a pair's call and an actor's
   * statement on an issue (by issue index), made once: the round's end reads them for every pair.
   */
  callKey: Record<ActorId, Record<ActorId, string>>;
  statementKey: Record<ActorId, string[]>;
  /** Where each actor's stance on an issue comes from, for "Why?". */
  citations: Record<ActorId, Record<IssueId, Citation[]>>;
}

export interface PartnerLine {
  issue: IssueId;
  partner: ActorId;
  min: number;
  max: number;
}

/** Points by which a partner's own line lies beyond what an actor asks of it (0 when within). */
export const partnerExcess = (l: PartnerLine, v: number): number => (v < l.min ? l.min - v : v > l.max ? v - l.max : 0);

const cache = new WeakMap<Scenario, Rules>();

export function buildRules(scenario: Scenario): Rules {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const r: Rules = {
    scenario,
    actorIds: scenario.actors.map((a) => a.id),
    issueIds: scenario.issues.map((i) => i.id),
    issue: scenario.issueRoles,
    outcomes: scenario.outcomes,
    answers: scenario.answers,
    actor: {},
    capability: {},
    threat: {},
    salience: {},
    pull: {},
    campaign: {},
    eligible: {},
    partnerLines: {},
    linesOn: Object.fromEntries(scenario.actors.map((a) => [a.id, []])),
    ownLines: new Set(
      scenario.actors.flatMap((a) => a.constraints.filter((c) => c.own).map((c) => `${a.id}.${c.issue}`)),
    ),
    ownOnly: new Set(scenario.issues.filter((i) => i.ownOnly).map((i) => i.id)),
    eligibleCapability: 0,
    citations: {},
    salienceAt: {},
    pullAt: {},
    salienceSum: {},
    bindsTerms: {},
    callKey: {},
    statementKey: {},
  };
  for (const a of scenario.actors) {
    const calls: Record<ActorId, string> = {};
    for (const b of r.actorIds) calls[b] = a.id < b ? `call-${a.id}-${b}` : `call-${b}-${a.id}`;
    r.callKey[a.id] = calls;
    r.statementKey[a.id] = r.issueIds.map((i) => `statement-${a.id}-${i}`);
    r.actor[a.id] = a;
    r.partnerLines[a.id] = a.constraints.flatMap((c) =>
      c.about ? [{ issue: c.issue, partner: c.about, min: c.min ?? 0, max: c.max ?? 100 }] : [],
    );
    for (const line of r.partnerLines[a.id]!) r.linesOn[line.partner]?.push({ by: a.id, line });
    r.capability[a.id] = a.capability.value;
    r.threat[a.id] = a.threat.value;
    r.campaign[a.id] = a.campaign;
    r.eligible[a.id] = a.eligible;
    if (a.eligible) r.eligibleCapability += a.capability.value;
    const sal: Record<IssueId, number> = {};
    const pull: Record<IssueId, number> = {};
    const cit: Record<IssueId, Citation[]> = {};
    for (const i of r.issueIds) {
      const st = a.stances[i]!;
      sal[i] = st.salience.value;
      pull[i] = a.capability.value * st.salience.value;
      cit[i] = [st.position, st.salience].flatMap((v) => ('source' in v ? [v.source] : []));
    }
    r.salience[a.id] = sal;
    r.pull[a.id] = pull;
    r.citations[a.id] = cit;
    r.salienceAt[a.id] = Float64Array.from(r.issueIds, (i) => sal[i]!);
    r.pullAt[a.id] = Float64Array.from(r.issueIds, (i) => pull[i]!);
    let sum = 0;
    for (const i of r.issueIds) sum += sal[i]!;
    r.salienceSum[a.id] = sum;
    r.bindsTerms[a.id] = r.issueIds.map((i) => !r.ownOnly.has(i) && !r.ownLines.has(`${a.id}.${i}`));
  }
  cache.set(scenario, r);
  return r;
}

export function roleOf(scenario: Scenario, actor: ActorId) {
  return scenario.roles.find((x) => x.actor === actor);
}
