// The scenario's shape, its validator and its version in one place (after tldraw's record files).
// Every number a model reads carries where it came from: an article paragraph or a named design assumption.
import { z } from 'zod';

export const SCENARIO_FORMAT = 1;

export const ArticleId = z.enum(['wsj', 'breitbart']);
export type ArticleId = z.infer<typeof ArticleId>;

/** A citation into one of the two seed articles; paragraphs count from the first body paragraph. */
export const Citation = z.object({
  article: ArticleId,
  paragraph: z.number().int().min(1),
  /** Optional short words that must appear in that paragraph (checked by the tests). */
  quote: z.string().min(3).max(160).optional(),
});
export type Citation = z.infer<typeof Citation>;

/** A value taken from the articles, or a design assumption with a one-line reason. */
export const Sourced = z.union([
  z.object({ value: z.number(), source: Citation, note: z.string().min(3) }),
  z.object({ value: z.number(), assumption: z.string().min(8) }),
]);
export type Sourced = z.infer<typeof Sourced>;

export const Issue = z.object({
  id: z.string().regex(/^[a-z]+$/),
  name: z.string().min(3),
  question: z.string().min(10),
  /** Labels along the 0–100 scale, lowest first. */
  scale: z.array(z.object({ at: z.number().min(0).max(100), label: z.string().min(3) })).min(2),
});
export type Issue = z.infer<typeof Issue>;

export const Stance = z.object({ position: Sourced, salience: Sourced });
export type Stance = z.infer<typeof Stance>;

export const Constraint = z.object({
  issue: z.string(),
  min: z.number().min(0).max(100).optional(),
  max: z.number().min(0).max(100).optional(),
  why: z.string().min(8),
  source: Citation.optional(),
});
export type Constraint = z.infer<typeof Constraint>;

export const Campaign = z.enum(['coalition', 'russia', 'none']);
export type Campaign = z.infer<typeof Campaign>;

export const Actor = z.object({
  id: z.string().regex(/^[A-Z]{3,4}$/),
  name: z.string().min(2),
  leader: z.string().min(2),
  kind: z.enum(['state', 'government', 'institution']),
  /** Which air campaign it belonged to on 17 Nov 2015. */
  campaign: Campaign,
  /** Whether it can ever count as a member of the grand coalition. */
  eligible: z.boolean(),
  capability: Sourced,
  /** How directly ISIS threatens it: raises its wish to join. */
  threat: Sourced,
  commitment: Sourced,
  stances: z.record(z.string(), Stance),
  constraints: z.array(Constraint),
  summary: z.string().min(20),
  /** Where on the map the actor's marker sits (lon, lat): its capital, or a stand-in off the map. */
  anchor: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
});
export type Actor = z.infer<typeof Actor>;

export const TrustEntry = z.object({
  from: z.string(),
  to: z.string(),
  value: z.number().min(-1).max(1),
  mutual: z.boolean(),
  why: z.string().min(8),
  source: Citation.optional(),
});
export type TrustEntry = z.infer<typeof TrustEntry>;

export const ExternalSource = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  publisher: z.string().min(2),
  title: z.string().min(4),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  url: z.url(),
});
export type ExternalSource = z.infer<typeof ExternalSource>;

const ActorRef = z.string();
export const Effect = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trust'), from: z.union([ActorRef, z.array(ActorRef)]), to: ActorRef, delta: z.number().min(-2).max(2), mutual: z.boolean() }),
  z.object({ kind: z.literal('position'), actor: ActorRef, issue: z.string(), delta: z.number().min(-100).max(100) }),
  z.object({ kind: z.literal('bound'), actor: ActorRef, issue: z.string(), min: z.number().min(0).max(100).optional(), max: z.number().min(0).max(100).optional() }),
  z.object({ kind: z.literal('commitment'), actors: z.union([z.literal('all'), z.array(ActorRef)]), delta: z.number().min(-1).max(1) }),
  z.object({ kind: z.literal('deconfliction'), delta: z.number().min(-1).max(1) }),
]);
export type Effect = z.infer<typeof Effect>;

/** One story told twice: as the news report frames it and as the opinion piece frames it. */
export const Framings = z.object({ news: z.string().min(20), opinion: z.string().min(20) });
export type Framings = z.infer<typeof Framings>;

export const HistoricalEvent = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: z.string().regex(/^2015-(11|12)-\d{2}$/),
  title: z.string().min(5),
  framings: Framings,
  effects: z.array(Effect),
  sources: z.array(z.string()).min(1),
  /** Why the effects have these sizes: they are design assumptions. */
  assumption: z.string().min(8),
});
export type HistoricalEvent = z.infer<typeof HistoricalEvent>;

export const RandomEvent = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(5),
  probability: z.number().min(0).max(1),
  /** At most this many times in one game. */
  maxTimes: z.number().int().min(1),
  framings: Framings,
  effects: z.array(Effect),
  assumption: z.string().min(8),
});
export type RandomEvent = z.infer<typeof RandomEvent>;

export const BriefingItem = z.object({
  id: z.string(),
  title: z.string().min(5),
  framings: Framings,
  sources: z.array(Citation).min(1),
});
export type BriefingItem = z.infer<typeof BriefingItem>;

export const Role = z.object({
  actor: z.string(),
  actionPoints: z.number().int().min(1).max(6),
  goal: z.string().min(10),
});
export type Role = z.infer<typeof Role>;

export const Scenario = z
  .object({
    format: z.literal(SCENARIO_FORMAT),
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: z.string(),
    articles: z.array(z.object({ id: ArticleId, publisher: z.string(), headline: z.string(), date: z.string(), kind: z.enum(['news', 'opinion']) })).length(2),
    issues: z.array(Issue).min(2),
    actors: z.array(Actor).min(2),
    trust: z.object({ default: Sourced, entries: z.array(TrustEntry) }),
    roles: z.array(Role).min(1),
    calendar: z.object({
      rounds: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).min(2),
      end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    }),
    opening: z.array(BriefingItem).min(1),
    events: z.array(HistoricalEvent),
    randomEvents: z.array(RandomEvent),
    externalSources: z.array(ExternalSource),
    history: z.array(z.object({ date: z.string(), text: z.string().min(10), sources: z.array(z.string()).min(1) })),
    glossary: z.array(z.object({ term: z.string(), aka: z.array(z.string()), definition: z.string().min(10) })),
    debriefQuestions: z.array(z.string().min(10)).min(3),
  })
  .superRefine((s, ctx) => {
    // Cross-references: a schema of shapes alone would let a typo in an actor id through.
    const actorIds = new Set(s.actors.map((a) => a.id));
    const issueIds = new Set(s.issues.map((i) => i.id));
    const sourceIds = new Set(s.externalSources.map((x) => x.id));
    const checkActor = (id: string, path: (string | number)[]) => {
      if (!actorIds.has(id)) ctx.addIssue({ code: 'custom', message: `unknown actor "${id}"`, path });
    };
    const checkIssue = (id: string, path: (string | number)[]) => {
      if (!issueIds.has(id)) ctx.addIssue({ code: 'custom', message: `unknown issue "${id}"`, path });
    };
    s.actors.forEach((a, ai) => {
      for (const iss of issueIds) {
        if (!a.stances[iss]) ctx.addIssue({ code: 'custom', message: `missing stance on issue "${iss}"`, path: ['actors', ai, 'stances', iss] });
      }
      for (const [iss, st] of Object.entries(a.stances)) {
        checkIssue(iss, ['actors', ai, 'stances', iss]);
        if (st.position.value < 0 || st.position.value > 100)
          ctx.addIssue({ code: 'custom', message: 'position must be within 0–100', path: ['actors', ai, 'stances', iss, 'position', 'value'] });
        if (st.salience.value < 0 || st.salience.value > 1)
          ctx.addIssue({ code: 'custom', message: 'salience must be within 0–1', path: ['actors', ai, 'stances', iss, 'salience', 'value'] });
      }
      for (const key of ['capability', 'threat', 'commitment'] as const) {
        const v = a[key].value;
        if (v < 0 || v > 1) ctx.addIssue({ code: 'custom', message: `${key} must be within 0–1`, path: ['actors', ai, key, 'value'] });
      }
      a.constraints.forEach((c, ci) => {
        checkIssue(c.issue, ['actors', ai, 'constraints', ci, 'issue']);
        const v = a.stances[c.issue]?.position.value;
        if (v !== undefined && ((c.min !== undefined && v < c.min) || (c.max !== undefined && v > c.max)))
          ctx.addIssue({ code: 'custom', message: 'the starting position breaks the actor\u2019s own red line', path: ['actors', ai, 'constraints', ci] });
      });
    });
    if (actorIds.size !== s.actors.length) ctx.addIssue({ code: 'custom', message: 'actor ids must be unique', path: ['actors'] });
    s.trust.entries.forEach((t, i) => {
      checkActor(t.from, ['trust', 'entries', i, 'from']);
      checkActor(t.to, ['trust', 'entries', i, 'to']);
    });
    s.roles.forEach((r, i) => checkActor(r.actor, ['roles', i, 'actor']));
    const checkEffects = (effects: Effect[], base: (string | number)[]) =>
      effects.forEach((e, i) => {
        const p = [...base, i];
        if (e.kind === 'trust') {
          (Array.isArray(e.from) ? e.from : [e.from]).forEach((f) => checkActor(f, [...p, 'from']));
          checkActor(e.to, [...p, 'to']);
        } else if (e.kind === 'position' || e.kind === 'bound') {
          checkActor(e.actor, [...p, 'actor']);
          checkIssue(e.issue, [...p, 'issue']);
        } else if (e.kind === 'commitment' && e.actors !== 'all') {
          e.actors.forEach((a) => checkActor(a, [...p, 'actors']));
        }
      });
    const rounds = s.calendar.rounds;
    for (let i = 1; i < rounds.length; i++) {
      if (rounds[i]! <= rounds[i - 1]!) ctx.addIssue({ code: 'custom', message: 'round dates must increase', path: ['calendar', 'rounds', i] });
    }
    s.events.forEach((e, i) => {
      checkEffects(e.effects, ['events', i, 'effects']);
      e.sources.forEach((id, j) => {
        if (!sourceIds.has(id)) ctx.addIssue({ code: 'custom', message: `unknown source "${id}"`, path: ['events', i, 'sources', j] });
      });
      if (e.date < rounds[0]! || e.date > s.calendar.end)
        ctx.addIssue({ code: 'custom', message: 'event date outside the calendar', path: ['events', i, 'date'] });
    });
    s.randomEvents.forEach((e, i) => checkEffects(e.effects, ['randomEvents', i, 'effects']));
    s.history.forEach((h, i) =>
      h.sources.forEach((id, j) => {
        if (!sourceIds.has(id)) ctx.addIssue({ code: 'custom', message: `unknown source "${id}"`, path: ['history', i, 'sources', j] });
      }),
    );
  });
export type Scenario = z.infer<typeof Scenario>;

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** Validates raw data; the error names the path of the first bad field. */
export function parseScenario(raw: unknown): ScenarioResult {
  const r = Scenario.safeParse(raw);
  if (r.success) return { ok: true, scenario: r.data };
  const first = r.error.issues[0]!;
  const path = first.path.length ? first.path.map(String).join('.') : '(root)';
  return { ok: false, error: `scenario invalid at ${path}: ${first.message}` };
}
