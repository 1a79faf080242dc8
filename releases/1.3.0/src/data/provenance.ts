// What in the scenario comes from the articles (or public reporting) and what is our design
// assumption, counted by kind of number, for the teacher's guide. Read off the data itself, so the
// guide cannot drift from it.
import type { Scenario, Sourced } from './schema';

export interface ProvenanceRow {
  kind: string;
  sourced: number;
  assumed: number;
  /** How many of them were retuned to meet the record or the balance aims (each says so in the data). */
  tuned: number;
  /** Where the sourced ones come from. */
  from: string;
}

const isSourced = (v: Sourced): boolean => 'source' in v;
const tally = (kind: string, from: string, flags: boolean[], tuned: { tuned?: string }[] = []): ProvenanceRow => ({
  kind,
  from,
  sourced: flags.filter(Boolean).length,
  assumed: flags.filter((f) => !f).length,
  tuned: tuned.filter((x) => x.tuned !== undefined).length,
});

/** The answer rules' numbers (scenario 1.3.0 on): no article gives them, each says why it is set so. */
const answerNumbers = (s: Scenario): { tuned?: string }[] => [
  ...Object.values(s.answers.ambition),
  s.answers.redLineStep,
  s.answers.pressing,
  s.answers.counterAt,
];

export function provenance(s: Scenario): ProvenanceRow[] {
  const stances = s.actors.flatMap((a) => Object.values(a.stances));
  return [
    tally(
      'Actors\u2019 positions on the issues',
      'the two articles',
      stances.map((x) => isSourced(x.position)),
      stances.map((x) => x.position),
    ),
    tally(
      'How much each issue matters to each actor',
      'the two articles',
      stances.map((x) => isSourced(x.salience)),
    ),
    tally(
      'Red lines',
      'the two articles',
      s.actors.flatMap((a) => a.constraints.map((c) => c.source !== undefined)),
      s.actors.flatMap((a) => a.constraints),
    ),
    tally('Trust between capitals', 'the two articles', [
      isSourced(s.trust.default),
      ...s.trust.entries.map((e) => e.source !== undefined),
    ]),
    tally(
      'Capability, threat from ISIS, first commitment',
      'the two articles',
      s.actors.flatMap((a) => [a.capability, a.threat, a.commitment].map(isSourced)),
    ),
    tally(
      'Each role\u2019s terms for a grand coalition',
      'the two articles',
      s.roles.flatMap((r) => r.terms.map((t) => t.source !== undefined)),
      s.roles.flatMap((r) => r.terms),
    ),
    tally(
      'Where the others start toward a role\u2019s coalition (Russia\u2019s)',
      'the two articles',
      s.roles.flatMap((r) => Object.values(r.commitments).map(isSourced)),
    ),
    tally(
      'Deconfliction between the air campaigns on 17 November',
      'the two articles',
      [isSourced(s.deconfliction)],
      [s.deconfliction],
    ),
    tally(
      'Sanctions in force on 17 November',
      'the articles and public reporting',
      s.sanctions.map((x) => x.source !== undefined || (x.sources ?? []).length > 0),
    ),
    tally(
      'How capitals weigh an ask (ambition by level, red lines, pressing, counter-offers)',
      'none: design assumptions',
      answerNumbers(s).map(() => false),
      answerNumbers(s),
    ),
    tally(
      'Dates and facts of historical events',
      'public reporting of the time',
      s.events.map((e) => e.sources.length > 0),
    ),
    tally(
      'Sizes of the events\u2019 effects in the model',
      'the two articles',
      s.events.map(() => false),
      s.events,
    ),
    tally(
      'Checkpoints of the record the model is tested against (npm run hindcast)',
      'public reporting of the time',
      s.checkpoints.map((c) => c.sources.length > 0),
    ),
    tally(
      'Chances of the possible (random) events',
      'the two articles',
      s.randomEvents.map(() => false),
    ),
  ];
}
