// The scenario's shape, its validator and its version in one place (after tldraw's record files).
// Every number a model reads carries where it came from: an article paragraph or a named design assumption.
import { z } from 'zod';
import { SCENARIO_FORMAT } from './format';

export { SCENARIO_FORMAT };

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
  z.object({ value: z.number(), source: Citation, note: z.string().min(3), tuned: z.string().min(8).optional() }),
  z.object({ value: z.number(), assumption: z.string().min(8), tuned: z.string().min(8).optional() }),
]);
export type Sourced = z.infer<typeof Sourced>;

export const Issue = z.object({
  id: z.string().regex(/^[a-z]+$/),
  name: z.string().min(3),
  /** The issue inside a sentence ("agree on what to strike first"). */
  topic: z.string().min(3),
  question: z.string().min(10),
  /**
   * A red line on this issue limits what the actor itself does (its own forces), not the line it
   * can accept from partners: a Bundestag that caps Germany's role does not veto France's strikes.
   */
  ownOnly: z.boolean().optional(),
  /** Labels along the 0–100 scale, lowest first. */
  scale: z.array(z.object({ at: z.number().min(0).max(100), label: z.string().min(3) })).min(2),
});
export type Issue = z.infer<typeof Issue>;

/**
 * Which issue plays each part the model gives an issue. The model reads issues only through these
 * roles, so a scenario names its own issues and still says what each does.
 */
export const IssueRoles = z.object(
  {
    /** What the air campaigns strike: a strike's news, a member's agreement, terms that narrow the target. */
    strikes: z.string(),
    /** The fate of the government in Damascus: a member's agreement; who resents strikes on its opponents. */
    regime: z.string(),
    /** The force an actor commits: at 50 or more it flies over Syria. Deals align words, not forces. */
    force: z.string(),
  },
  {
    error: (iss) =>
      iss.input === undefined
        ? 'the scenario must name the issue that plays each role (strikes, regime, force)'
        : undefined,
  },
);
export type IssueRoles = z.infer<typeof IssueRoles>;

/** An ending's bar: the coalition meter (0–100) and the deconfliction of the campaigns (0–1). */
const Threshold = z.object({ meter: z.number().min(0).max(100), deconfliction: z.number().min(0).max(1) }).strict();

/** What the endings require (docs/MODEL.md): the grand coalition's bar and the parallel campaigns'. */
export const Outcomes = z.object(
  { grand: Threshold, parallel: Threshold },
  {
    error: (iss) =>
      iss.input === undefined
        ? 'the scenario must give the outcome thresholds (grand and parallel: meter and deconfliction)'
        : undefined,
  },
);
export type Outcomes = z.infer<typeof Outcomes>;

/** A number of the model that no source gives: why it is what it is, and what it was tuned to do. */
const TunedAssumption = z.object({ value: z.number(), assumption: z.string().min(8), tuned: z.string().min(8) });

/**
 * How asked capitals weigh an ask beyond the spatial utility (docs/MODEL.md, "How an actor
 * answers"): the cost of ambition (how far a proposal asks them to move) at each difficulty level,
 * the step of crossing a red line at all, the pressure of asking the same capital again in a round,
 * and the chance of yes a counter-offer's terms must reach in the asker's own eyes.
 */
export const AnswerRules = z
  .object({
    ambition: z.object({ easy: TunedAssumption, normal: TunedAssumption, hard: TunedAssumption }).strict(),
    redLineStep: TunedAssumption,
    pressing: TunedAssumption,
    counterAt: TunedAssumption,
    /** From 1.6.0: what any ask costs the asked capital's attention, before its terms (every kind of move). */
    askCost: TunedAssumption.optional(),
    /** From 1.6.0: how members the coalition's line does not hold are tested, and may leave (model/pressure.ts). */
    pressure: z
      .object({
        /** Each round's chance of leaving, times how far the line stands from what the member accepts. */
        leave: TunedAssumption,
        /** Added to `leave` for each shock of the round. */
        shock: TunedAssumption,
        /** How much of the chance stays when the player talked to the member this round. */
        attention: TunedAssumption,
        /** Commitment above the line of membership that holds a member fully (the chance falls to 0 there). */
        span: TunedAssumption,
        /** What a member the line does not hold loses each round it hears nothing from the player. */
        wear: TunedAssumption,
        /** The acts and events that test the members: each with why it does. */
        shocks: z.array(
          z.object({ event: z.string(), why: z.string().min(20), sources: z.array(z.string()).optional() }),
        ),
      })
      .strict()
      .optional(),
  })
  .strict();
export type AnswerRules = z.infer<typeof AnswerRules>;

export const Stance = z.object({ position: Sourced, salience: Sourced });
export type Stance = z.infer<typeof Stance>;

export const Constraint = z.object({
  issue: z.string(),
  min: z.number().min(0).max(100).optional(),
  max: z.number().min(0).max(100).optional(),
  /**
   * The red line is also about a partner's own line: when that actor is in the coalition (or leads
   * it), its own position must keep within the bounds too (Obama's condition on Russia's strikes).
   */
  about: z.string().optional(),
  /** The red line binds only the actor's own line (what it does), not the terms it accepts from partners. */
  own: z.boolean().optional(),
  why: z.string().min(8),
  source: Citation.optional(),
  /** Set when the bound was retuned to meet the record or the balance aims: what and why. */
  tuned: z.string().min(8).optional(),
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
  /** Why it cannot join in this period, when it cannot, with the reporting that says so. */
  outside: z.object({ why: z.string().min(20), sources: z.array(z.string()).min(1) }).optional(),
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
  z.object({
    kind: z.literal('trust'),
    from: z.union([ActorRef, z.array(ActorRef)]),
    to: ActorRef,
    delta: z.number().min(-2).max(2),
    mutual: z.boolean(),
  }),
  z.object({ kind: z.literal('position'), actor: ActorRef, issue: z.string(), delta: z.number().min(-100).max(100) }),
  z.object({
    kind: z.literal('bound'),
    actor: ActorRef,
    issue: z.string(),
    min: z.number().min(0).max(100).optional(),
    max: z.number().min(0).max(100).optional(),
  }),
  z.object({
    kind: z.literal('commitment'),
    actors: z.union([z.literal('all'), z.array(ActorRef)]),
    delta: z.number().min(-1).max(1),
    /**
     * The roles whose coalition this commitment is to: a vote to strike beside the US-led coalition
     * does not make London readier to fight beside Moscow. Without it, every role's.
     */
    roles: z.array(z.string()).optional(),
  }),
  z.object({ kind: z.literal('deconfliction'), delta: z.number().min(-1).max(1) }),
]);
export type Effect = z.infer<typeof Effect>;

/** A sanction in force: who imposes it on whom, and where the record says so. */
export const SanctionEntry = z.object({
  from: z.string(),
  to: z.string(),
  why: z.string().min(8),
  source: Citation.optional(),
  sources: z.array(z.string()).optional(),
});
export type SanctionEntry = z.infer<typeof SanctionEntry>;

/** One fact a hindcast checkpoint reads off the world; each kind names what it compares. */
export const Check = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('position'),
    actor: z.string(),
    issue: z.string(),
    min: z.number().min(0).max(100).optional(),
    max: z.number().min(0).max(100).optional(),
  }),
  z.object({ kind: z.literal('member'), actors: z.array(z.string()).min(1), is: z.boolean() }),
  z.object({
    kind: z.literal('trust'),
    from: z.string(),
    to: z.string(),
    min: z.number().min(-1).max(1).optional(),
    max: z.number().min(-1).max(1).optional(),
  }),
  z.object({
    kind: z.literal('deconfliction'),
    min: z.number().min(0).max(1).optional(),
    max: z.number().min(0).max(1).optional(),
  }),
  /**
   * The sanctions in force are exactly these (the record's on the date, each with the reporting that
   * says it was in force, independent of the game's own calendar): none invented, none missing.
   */
  z.object({
    kind: z.literal('sanctions'),
    inForce: z.array(z.object({ from: z.string(), to: z.string(), sources: z.array(z.string()).min(1) })).min(1),
  }),
  z.object({ kind: z.literal('outcomeNot'), outcome: z.enum(['grand_coalition', 'parallel_campaigns', 'fracture']) }),
  /** A dated act of the calendar went as recorded (`happened`), or did not (otherwise, or not at all). */
  z.object({ kind: z.literal('act'), id: z.string(), happened: z.boolean() }),
  /**
   * The player's capital did not block a dated act (a vote vetoed, a visit declined): for an act that
   * needed another to take place, whichever way that one went otherwise.
   */
  z.object({ kind: z.literal('notBlocked'), id: z.string() }),
  /** Two capitals' lines on an issue are at most `max` apart (how far apart they are at the table). */
  z.object({ kind: z.literal('gap'), actors: z.tuple([z.string(), z.string()]), issue: z.string(), max: z.number() }),
]);
export type Check = z.infer<typeof Check>;

/**
 * A condition of a dated act: what the world must show for the act to go as the record has it, why
 * we believe the act depended on it (the game's words), and the reporting behind that belief.
 */
export const Condition = z.object({
  check: Check,
  because: z.string().min(20),
  sources: z.array(z.string()).min(1),
  /**
   * The roles for which the check reads as written. Membership is membership of the player's
   * coalition: a condition on the US-led coalition holds for a French or American player, and a
   * Russian player's coalition is another one.
   */
  roles: z.array(z.string()).optional(),
});
export type Condition = z.infer<typeof Condition>;

/** One story told twice: as the news report frames it and as the opinion piece frames it. */
export const Framings = z.object({ news: z.string().min(20), opinion: z.string().min(20) });
export type Framings = z.infer<typeof Framings>;

/** How one outlet of the time reported or read an event: our paraphrase, with its country. */
export const Perspective = z.object({ source: z.string(), country: z.string().min(2), text: z.string().min(10) });
export type Perspective = z.infer<typeof Perspective>;

export const HistoricalEvent = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: z.string().regex(/^2015-(11|12)-\d{2}$/),
  title: z.string().min(5),
  /** The game's own short account of what happened, shown as the game's. */
  reading: z.string().min(20),
  /** Dated reporting and commentary of the time, each outlet named, with its country and link. */
  perspectives: z.array(Perspective).min(1),
  /** Whose act it was, when one capital's (a visit, a vote, a decree, a deployment). */
  actor: z.string().optional(),
  /**
   * The act is that capital's own diplomacy (a visit, a call): when the player leads it, the player
   * makes it or not, so its effects are skipped (a red line it moved, a `bound`, still moves).
   */
  ownMove: z.boolean().optional(),
  /**
   * Conditions the world must meet for the act to go as it went, each with why the act depended on
   * it and the reporting that says so; when the play has broken one, `otherwise` happens instead (or
   * nothing, without it). Same checks as the hindcast's.
   */
  when: z.array(Condition).optional(),
  /**
   * An act with no condition says why no play in the game can change it (decided before the game's
   * first round, or by forces the game does not model).
   */
  given: z.string().min(20).optional(),
  /**
   * What the capital does instead when a condition fails: the game's own invention, shown as the
   * game's, never as news. `assumption` says what it rests on.
   */
  otherwise: z
    .object({
      title: z.string().min(5),
      text: z.string().min(10),
      effects: z.array(Effect),
      assumption: z.string().min(8).optional(),
    })
    .optional(),
  /**
   * When the player leads this act's capital and it is not diplomacy (a vote, a decree, a deployment,
   * a statement of the government's), the act is the player's decision in its round: the question put.
   */
  decide: z.string().min(8).optional(),
  /**
   * An act that needed the player's capital: a vote (the Security Council's permanent members, the
   * EU's unanimity: a veto, or its own draft withdrawn) or a visit it hosted (it may decline to receive
   * the visitor). The player may block it in its round; the record's choice is to let it be. Per
   * role: the question put, what that capital did in 2015, and what blocking costs it (design
   * assumptions, in `assumption`).
   */
  veto: z
    .object({
      /** A vote (no one capital's act), or a visit (the visitor's act, which its host may decline). */
      kind: z.enum(['vote', 'visit']).optional(),
      by: z.record(
        z.string(),
        z.object({ question: z.string().min(8), record: z.string().min(10), effects: z.array(Effect) }),
      ),
      /** What happens instead when it is blocked: the game's own words. */
      instead: z.string().min(10),
      sources: z.array(z.string()).min(1),
      assumption: z.string().min(8),
    })
    .optional(),
  effects: z.array(Effect),
  sources: z.array(z.string()).min(1),
  /** Why the effects have these sizes: they are design assumptions. */
  assumption: z.string().min(8),
  /** Set when a size was retuned to meet the record or the balance aims: what and why. */
  tuned: z.string().min(8).optional(),
  /** Sanctions this event imposes: the actors' own initiatives do not impose them a second time. */
  sanctions: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
});
export type HistoricalEvent = z.infer<typeof HistoricalEvent>;

export const RandomEvent = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(5),
  probability: z.number().min(0).max(1),
  /** At most this many times in one game. */
  maxTimes: z.number().int().min(1),
  /** What might have happened: the game's own, never shown as a source's. */
  reading: z.string().min(20),
  effects: z.array(Effect),
  assumption: z.string().min(8),
});
export type RandomEvent = z.infer<typeof RandomEvent>;

export const BriefingItem = z.object({
  id: z.string(),
  title: z.string().min(5),
  framings: Framings,
  sources: z.array(Citation).min(1),
  /**
   * What the record adds to the story that neither article says (where and when a thing was said),
   * in the game's own words with its reporting: shown as the game's, never under an article's name.
   */
  record: z
    .object({
      text: z.string().min(20),
      perspectives: z.array(Perspective).min(1),
      sources: z.array(z.string()).min(1),
    })
    .optional(),
});
export type BriefingItem = z.infer<typeof BriefingItem>;

export const Role = z.object({
  actor: z.string(),
  actionPoints: z.number().int().min(1).max(6),
  /** A few words for the title page; the goal is read in full in the briefing and debrief. */
  tagline: z.string().min(5).max(60),
  goal: z.string().min(10),
  /**
   * Where the others start toward the coalition this role pursues, where it differs from their
   * commitment to France's: joining a coalition with Moscow in it is another question for Ankara.
   */
  commitments: z.record(z.string(), Sourced).default({}),
  /**
   * The role's terms: where the coalition's line must stand for a grand coalition to count as
   * this role's success. A grand coalition on someone else's terms is not a win.
   */
  terms: z
    .array(
      Constraint.extend({
        /** Whose line the term reads: an actor's own, or by default the coalition's. */ actor: z.string().optional(),
      }),
    )
    .min(1),
  /** Who must be members (besides the player) for each good ending. */
  needs: z.object({ grand: z.array(z.string()).min(1), parallel: z.array(z.string()) }),
  /** What each ending means for this role, read in the debrief. */
  endings: z.object({
    grand_coalition: z.string().min(20),
    parallel_campaigns: z.string().min(20),
    fracture: z.string().min(20),
  }),
  /** Debrief questions for this role, asked before the scenario's shared ones. */
  questions: z.array(z.string().min(10)).min(2),
});
export type Role = z.infer<typeof Role>;

/**
 * A hindcast checkpoint: what the record says the world looked like on a date, as checks on the
 * game's world played along the historical line. `roles` limits it to the roles it concerns
 * (membership means a different coalition for a Russian player).
 */
export const Checkpoint = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Read off the world once every event up to this date has fired (the next round's start, or the end). */
  date: z.string().regex(/^2015-(11|12)-\d{2}$/),
  title: z.string().min(5),
  claim: z.string().min(20),
  roles: z.array(z.string()).optional(),
  checks: z.array(Check).min(1),
  sources: z.array(z.string()).min(1),
  articles: z.array(Citation).optional(),
  /**
   * Why no play can move this checkpoint, when that is known: `npm run hindcast` reports a
   * checkpoint that holds under every line of play as a fixed fact, with this reason.
   */
  fixed: z.string().min(8).optional(),
});
export type Checkpoint = z.infer<typeof Checkpoint>;

export const Scenario = z
  .object({
    format: z.literal(SCENARIO_FORMAT),
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: z.string(),
    articles: z
      .array(
        z.object({
          id: ArticleId,
          publisher: z.string(),
          short: z.string().min(2),
          headline: z.string(),
          date: z.string(),
          kind: z.enum(['news', 'opinion']),
          /** The article's own address, where it was verified; without one the sources page says why there is no link. */
          url: z.url().optional(),
          /** Who the outlet is and what kind of piece this is, for the sources page, with the reporting that says so. */
          about: z.string().min(20).optional(),
          aboutSources: z.array(z.string()).optional(),
        }),
      )
      .length(2),
    issues: z.array(Issue).min(2),
    issueRoles: IssueRoles,
    outcomes: Outcomes,
    /** How capitals answer asks, beyond the spatial utility: design assumptions, each tuned. */
    answers: AnswerRules,
    actors: z.array(Actor).min(2),
    trust: z.object({ default: Sourced, entries: z.array(TrustEntry) }),
    /** How far the two air campaigns are deconflicted on 17 Nov (0–1). */
    deconfliction: Sourced,
    roles: z.array(Role).min(1),
    calendar: z.object({
      rounds: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).min(2),
      end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    }),
    opening: z.array(BriefingItem).min(1),
    /** More topics for the sources panel, told in both framings like the opening briefing. */
    topics: z.array(BriefingItem),
    events: z.array(HistoricalEvent),
    randomEvents: z.array(RandomEvent),
    externalSources: z.array(ExternalSource),
    /** Sanctions already in force on 17 November (the record's later ones come with their events). */
    sanctions: z.array(SanctionEntry),
    /** The record as the model's test: `npm run hindcast` (docs/HINDCAST.md). */
    checkpoints: z.array(Checkpoint).min(1),
    history: z.array(z.object({ date: z.string(), text: z.string().min(10), sources: z.array(z.string()).min(1) })),
    glossary: z.array(
      z.object({
        term: z.string(),
        aka: z.array(z.string()),
        definition: z.string().min(10),
        sources: z.array(z.string()).optional(),
      }),
    ),
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
        if (!a.stances[iss])
          ctx.addIssue({
            code: 'custom',
            message: `missing stance on issue "${iss}"`,
            path: ['actors', ai, 'stances', iss],
          });
      }
      for (const [iss, st] of Object.entries(a.stances)) {
        checkIssue(iss, ['actors', ai, 'stances', iss]);
        if (st.position.value < 0 || st.position.value > 100)
          ctx.addIssue({
            code: 'custom',
            message: 'position must be within 0–100',
            path: ['actors', ai, 'stances', iss, 'position', 'value'],
          });
        if (st.salience.value < 0 || st.salience.value > 1)
          ctx.addIssue({
            code: 'custom',
            message: 'salience must be within 0–1',
            path: ['actors', ai, 'stances', iss, 'salience', 'value'],
          });
      }
      (a.outside?.sources ?? []).forEach((id, j) => {
        if (!sourceIds.has(id))
          ctx.addIssue({
            code: 'custom',
            message: `unknown source "${id}"`,
            path: ['actors', ai, 'outside', 'sources', j],
          });
      });
      for (const key of ['capability', 'threat', 'commitment'] as const) {
        const v = a[key].value;
        if (v < 0 || v > 1)
          ctx.addIssue({ code: 'custom', message: `${key} must be within 0–1`, path: ['actors', ai, key, 'value'] });
      }
      a.constraints.forEach((c, ci) => {
        checkIssue(c.issue, ['actors', ai, 'constraints', ci, 'issue']);
        if (c.about !== undefined) checkActor(c.about, ['actors', ai, 'constraints', ci, 'about']);
        const v = a.stances[c.issue]?.position.value;
        if (v !== undefined && ((c.min !== undefined && v < c.min) || (c.max !== undefined && v > c.max)))
          ctx.addIssue({
            code: 'custom',
            message: 'the starting position breaks the actor\u2019s own red line',
            path: ['actors', ai, 'constraints', ci],
          });
      });
    });
    if (actorIds.size !== s.actors.length)
      ctx.addIssue({ code: 'custom', message: 'actor ids must be unique', path: ['actors'] });
    s.trust.entries.forEach((t, i) => {
      checkActor(t.from, ['trust', 'entries', i, 'from']);
      checkActor(t.to, ['trust', 'entries', i, 'to']);
    });
    s.roles.forEach((r, i) => {
      checkActor(r.actor, ['roles', i, 'actor']);
      for (const [a, v] of Object.entries(r.commitments)) {
        checkActor(a, ['roles', i, 'commitments', a]);
        if (a === r.actor)
          ctx.addIssue({
            code: 'custom',
            message: 'the player always starts fully committed',
            path: ['roles', i, 'commitments', a],
          });
        if (v.value < 0 || v.value > 1)
          ctx.addIssue({
            code: 'custom',
            message: 'commitment must be within 0–1',
            path: ['roles', i, 'commitments', a],
          });
      }
      [...r.needs.grand, ...r.needs.parallel].forEach((a) => checkActor(a, ['roles', i, 'needs']));
      r.terms.forEach((t, ti) => {
        checkIssue(t.issue, ['roles', i, 'terms', ti, 'issue']);
        if (t.actor !== undefined) checkActor(t.actor, ['roles', i, 'terms', ti, 'actor']);
      });
    });
    for (const [role, id] of Object.entries(s.issueRoles)) checkIssue(id, ['issueRoles', role]);
    if (new Set(Object.values(s.issueRoles)).size !== Object.keys(s.issueRoles).length)
      ctx.addIssue({ code: 'custom', message: 'each issue role needs its own issue', path: ['issueRoles'] });
    for (const k of ['meter', 'deconfliction'] as const)
      if (s.outcomes.parallel[k] > s.outcomes.grand[k])
        ctx.addIssue({
          code: 'custom',
          message: `parallel campaigns cannot need more ${k} than a grand coalition`,
          path: ['outcomes', 'parallel', k],
        });
    if (new Set(s.roles.map((r) => r.actor)).size !== s.roles.length)
      ctx.addIssue({ code: 'custom', message: 'one role per actor', path: ['roles'] });
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
    const roleIdsAll = new Set(s.roles.map((r) => r.actor));
    const eventIds = new Set(s.events.map((e) => e.id));
    const checkCheck = (k: Check, q: (string | number)[]) => {
      if (k.kind === 'position') {
        checkActor(k.actor, q);
        checkIssue(k.issue, q);
      } else if (k.kind === 'member') k.actors.forEach((a) => checkActor(a, q));
      else if (k.kind === 'trust') {
        checkActor(k.from, q);
        checkActor(k.to, q);
      } else if (k.kind === 'gap') {
        k.actors.forEach((a) => checkActor(a, q));
        checkIssue(k.issue, q);
      } else if (k.kind === 'sanctions')
        k.inForce.forEach((x, j) => {
          checkActor(x.from, [...q, 'inForce', j]);
          checkActor(x.to, [...q, 'inForce', j]);
          x.sources.forEach((id) => {
            if (!sourceIds.has(id))
              ctx.addIssue({ code: 'custom', message: `unknown source "${id}"`, path: [...q, 'inForce', j] });
          });
        });
      else if ((k.kind === 'act' || k.kind === 'notBlocked') && !eventIds.has(k.id))
        ctx.addIssue({ code: 'custom', message: `unknown act "${k.id}"`, path: q });
    };
    const rounds = s.calendar.rounds;
    for (let i = 1; i < rounds.length; i++) {
      if (rounds[i]! <= rounds[i - 1]!)
        ctx.addIssue({ code: 'custom', message: 'round dates must increase', path: ['calendar', 'rounds', i] });
    }
    s.events.forEach((e, i) => {
      checkEffects(e.effects, ['events', i, 'effects']);
      (e.sanctions ?? []).forEach((x, j) => {
        checkActor(x.from, ['events', i, 'sanctions', j, 'from']);
        checkActor(x.to, ['events', i, 'sanctions', j, 'to']);
      });
      e.sources.forEach((id, j) => {
        if (!sourceIds.has(id))
          ctx.addIssue({ code: 'custom', message: `unknown source "${id}"`, path: ['events', i, 'sources', j] });
      });
      e.perspectives.forEach((x, j) => {
        if (!sourceIds.has(x.source))
          ctx.addIssue({
            code: 'custom',
            message: `unknown source "${x.source}"`,
            path: ['events', i, 'perspectives', j],
          });
      });
      if (e.actor !== undefined) checkActor(e.actor, ['events', i, 'actor']);
      if (e.otherwise) checkEffects(e.otherwise.effects, ['events', i, 'otherwise', 'effects']);
      // Every act answers to the world or says why nothing can move it.
      if (!e.when?.length && !e.given)
        ctx.addIssue({
          code: 'custom',
          message: 'an act needs conditions (when) or a reason it is given',
          path: ['events', i],
        });
      (e.when ?? []).forEach((c, j) => {
        checkCheck(c.check, ['events', i, 'when', j, 'check']);
        c.sources.forEach((id, k) => {
          if (!sourceIds.has(id))
            ctx.addIssue({
              code: 'custom',
              message: `unknown source "${id}"`,
              path: ['events', i, 'when', j, 'sources', k],
            });
        });
      });
      // The player's own capital decides its acts: a role's act that is not diplomacy needs its question.
      if (e.actor && roleIdsAll.has(e.actor) && !e.ownMove && !e.decide)
        ctx.addIssue({
          code: 'custom',
          message: 'an act of a role\u2019s capital needs `decide`',
          path: ['events', i],
        });
      if (e.veto) {
        // A veto is a role's choice: only roles vote, each with its record and its cost. A vote is no
        // one capital's act; a visit is its visitor's, which only its hosts may decline.
        const visit = e.veto.kind === 'visit';
        if (visit !== (e.actor !== undefined))
          ctx.addIssue({
            code: 'custom',
            message: visit
              ? 'a visit that can be declined needs its visitor (`actor`)'
              : 'a vetoable vote is no one capital’s act',
            path: ['events', i, 'veto'],
          });
        if (visit && (e.veto.by[e.actor!] !== undefined || e.decide !== undefined))
          ctx.addIssue({
            code: 'custom',
            message: 'only a visit’s hosts decline it: its visitor makes it (`ownMove`), it is no `decide`',
            path: ['events', i, 'veto', 'by'],
          });
        for (const [r, v] of Object.entries(e.veto.by)) {
          if (!roleIdsAll.has(r))
            ctx.addIssue({ code: 'custom', message: `"${r}" is not a role`, path: ['events', i, 'veto', 'by', r] });
          checkEffects(v.effects, ['events', i, 'veto', 'by', r, 'effects']);
        }
        e.veto.sources.forEach((id, k) => {
          if (!sourceIds.has(id))
            ctx.addIssue({
              code: 'custom',
              message: `unknown source "${id}"`,
              path: ['events', i, 'veto', 'sources', k],
            });
        });
      }
      if (e.date < rounds[0]! || e.date > s.calendar.end)
        ctx.addIssue({ code: 'custom', message: 'event date outside the calendar', path: ['events', i, 'date'] });
    });
    s.sanctions.forEach((x, i) => {
      checkActor(x.from, ['sanctions', i, 'from']);
      checkActor(x.to, ['sanctions', i, 'to']);
      (x.sources ?? []).forEach((id, j) => {
        if (!sourceIds.has(id))
          ctx.addIssue({ code: 'custom', message: `unknown source "${id}"`, path: ['sanctions', i, 'sources', j] });
      });
    });
    const roleIds = new Set(s.roles.map((r) => r.actor));
    s.checkpoints.forEach((c, i) => {
      const p = ['checkpoints', i];
      c.sources.forEach((id, j) => {
        if (!sourceIds.has(id))
          ctx.addIssue({ code: 'custom', message: `unknown source "${id}"`, path: [...p, 'sources', j] });
      });
      (c.roles ?? []).forEach((r, j) => {
        if (!roleIds.has(r)) ctx.addIssue({ code: 'custom', message: `unknown role "${r}"`, path: [...p, 'roles', j] });
      });
      c.checks.forEach((k, j) => checkCheck(k, [...p, 'checks', j]));
    });
    for (const part of ['opening', 'topics'] as const)
      s[part].forEach((b, i) => {
        if (!b.record) return;
        [...b.record.sources, ...b.record.perspectives.map((x) => x.source)].forEach((id, j) => {
          if (!sourceIds.has(id))
            ctx.addIssue({ code: 'custom', message: `unknown source "${id}"`, path: [part, i, 'record', j] });
        });
      });
    s.randomEvents.forEach((e, i) => checkEffects(e.effects, ['randomEvents', i, 'effects']));
    const shockable = new Set([...s.events, ...s.randomEvents].map((e) => e.id));
    (s.answers.pressure?.shocks ?? []).forEach((k, i) => {
      if (!shockable.has(k.event))
        ctx.addIssue({
          code: 'custom',
          message: `unknown event "${k.event}"`,
          path: ['answers', 'pressure', 'shocks', i],
        });
      (k.sources ?? []).forEach((id, j) => {
        if (!sourceIds.has(id))
          ctx.addIssue({
            code: 'custom',
            message: `unknown source "${id}"`,
            path: ['answers', 'pressure', 'shocks', i, 'sources', j],
          });
      });
    });
    s.glossary.forEach((g, i) =>
      (g.sources ?? []).forEach((id, j) => {
        if (!sourceIds.has(id))
          ctx.addIssue({ code: 'custom', message: `unknown source "${id}"`, path: ['glossary', i, 'sources', j] });
      }),
    );
    s.history.forEach((h, i) =>
      h.sources.forEach((id, j) => {
        if (!sourceIds.has(id))
          ctx.addIssue({ code: 'custom', message: `unknown source "${id}"`, path: ['history', i, 'sources', j] });
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
