// Static, per-scenario lookups the model reads on every call: built once from the validated data.
import type { Actor, Campaign, Citation, IssueRoles, Outcomes, Scenario } from '../data/schema';
import type { ActorId, IssueId } from './world';

export interface Rules {
  scenario: Scenario;
  actorIds: ActorId[];
  issueIds: IssueId[];
  /** The issue that plays each of the model's parts (strikes, regime, force), named by the scenario. */
  issue: IssueRoles;
  /** The endings' bars: meter and deconfliction for a grand coalition and for parallel campaigns. */
  outcomes: Outcomes;
  actor: Record<ActorId, Actor>;
  capability: Record<ActorId, number>;
  threat: Record<ActorId, number>;
  salience: Record<ActorId, Record<IssueId, number>>;
  /** Capability × salience: an actor's weight on an issue in the coalition's line and in bargaining. */
  pull: Record<ActorId, Record<IssueId, number>>;
  campaign: Record<ActorId, Campaign>;
  eligible: Record<ActorId, boolean>;
  /** Sanctions the historical record imposes, as "from>to": the actors do not impose them again. */
  sanctionsOnRecord: Set<string>;
  /** Keys of `world.fired` for one deal per pair and one sanction per ordered pair, built once. */
  dealKey: Record<ActorId, Record<ActorId, string>>;
  sanctionKey: Record<ActorId, Record<ActorId, string>>;
  /** Whether the record already has `from` sanction `to`, by pair. */
  onRecord: Record<ActorId, Record<ActorId, boolean>>;
  /** Sum of the capabilities of every actor that could join: the meter's denominator. */
  eligibleCapability: number;
  /** Where each actor's stance on an issue comes from, for "Why?". */
  citations: Record<ActorId, Record<IssueId, Citation[]>>;
}

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
    actor: {},
    capability: {},
    threat: {},
    salience: {},
    pull: {},
    campaign: {},
    eligible: {},
    sanctionsOnRecord: new Set(scenario.events.flatMap((e) => (e.sanctions ?? []).map((x) => `${x.from}>${x.to}`))),
    dealKey: {},
    sanctionKey: {},
    onRecord: {},
    eligibleCapability: 0,
    citations: {},
  };
  for (const a of scenario.actors) {
    r.actor[a.id] = a;
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
    const deal: Record<ActorId, string> = {};
    const sanction: Record<ActorId, string> = {};
    const record: Record<ActorId, boolean> = {};
    for (const b of r.actorIds) {
      deal[b] = a.id < b ? `deal-${a.id}-${b}` : `deal-${b}-${a.id}`;
      sanction[b] = `sanction-${a.id}-${b}`;
      record[b] = r.sanctionsOnRecord.has(`${a.id}>${b}`);
    }
    r.dealKey[a.id] = deal;
    r.sanctionKey[a.id] = sanction;
    r.onRecord[a.id] = record;
  }
  cache.set(scenario, r);
  return r;
}

export function roleOf(scenario: Scenario, actor: ActorId) {
  return scenario.roles.find((x) => x.actor === actor);
}
