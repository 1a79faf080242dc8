// Static, per-scenario lookups the model reads on every call: built once from the validated data.
import type { Actor, Campaign, Citation, Scenario } from '../data/schema';
import type { ActorId, IssueId } from './world';

export interface Rules {
  scenario: Scenario;
  actorIds: ActorId[];
  issueIds: IssueId[];
  actor: Record<ActorId, Actor>;
  capability: Record<ActorId, number>;
  threat: Record<ActorId, number>;
  salience: Record<ActorId, Record<IssueId, number>>;
  campaign: Record<ActorId, Campaign>;
  eligible: Record<ActorId, boolean>;
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
    actor: {},
    capability: {},
    threat: {},
    salience: {},
    campaign: {},
    eligible: {},
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
    const cit: Record<IssueId, Citation[]> = {};
    for (const i of r.issueIds) {
      const st = a.stances[i]!;
      sal[i] = st.salience.value;
      cit[i] = [st.position, st.salience].flatMap((v) => ('source' in v ? [v.source] : []));
    }
    r.salience[a.id] = sal;
    r.citations[a.id] = cit;
  }
  cache.set(scenario, r);
  return r;
}

export function roleOf(scenario: Scenario, actor: ActorId) {
  return scenario.roles.find((x) => x.actor === actor);
}
