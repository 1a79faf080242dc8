// What in the scenario comes from the articles (or public reporting) and what is our design
// assumption, counted by kind of number, for the teacher's guide. Read off the data itself, so the
// guide cannot drift from it.
import type { Scenario, Sourced } from './schema';

export interface ProvenanceRow {
  kind: string;
  sourced: number;
  assumed: number;
  /** Where the sourced ones come from. */
  from: string;
}

const isSourced = (v: Sourced): boolean => 'source' in v;
const tally = (kind: string, from: string, flags: boolean[]): ProvenanceRow => ({ kind, from, sourced: flags.filter(Boolean).length, assumed: flags.filter((f) => !f).length });

export function provenance(s: Scenario): ProvenanceRow[] {
  const stances = s.actors.flatMap((a) => Object.values(a.stances));
  return [
    tally('Actors\u2019 positions on the issues', 'the two articles', stances.map((x) => isSourced(x.position))),
    tally('How much each issue matters to each actor', 'the two articles', stances.map((x) => isSourced(x.salience))),
    tally('Red lines', 'the two articles', s.actors.flatMap((a) => a.constraints.map((c) => c.source !== undefined))),
    tally('Trust between capitals', 'the two articles', [isSourced(s.trust.default), ...s.trust.entries.map((e) => e.source !== undefined)]),
    tally('Capability, threat from ISIS, first commitment', 'the two articles', s.actors.flatMap((a) => [a.capability, a.threat, a.commitment].map(isSourced))),
    tally('Dates and facts of historical events', 'public reporting of the time', s.events.map((e) => e.sources.length > 0)),
    tally('Sizes of the events\u2019 effects in the model', 'the two articles', s.events.map(() => false)),
    tally('Chances of the possible (random) events', 'the two articles', s.randomEvents.map(() => false)),
  ];
}
