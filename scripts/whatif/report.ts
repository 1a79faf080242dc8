// A what-if's result in words, shared by `npm run whatif` and `npm run sim -- --moves`.
import type { Scenario } from '../../src/data/schema';
import { skippedText } from '../../src/state/bots/moves';
import type { Rules } from '../../src/state/rules/rules';
import type { WhatIfResult, Why } from '../../src/state/bots/whatif';

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A reason, with its sources by publisher when it has any. */
export function because(scenario: Scenario, w: Why): string {
  const src = new Map(scenario.externalSources.map((s) => [s.id, s]));
  return `${w.reason}${w.sources.length ? ` (${w.sources.map((s) => `${src.get(s)?.publisher ?? s}: ${s}`).join('; ')})` : ''}`;
}

/** Each expected act and flip with its share of seeds and its three commonest reasons. */
export function expectationLines(scenario: Scenario, r: WhatIfResult): string[] {
  const out: string[] = [];
  for (const a of r.acts) {
    out.push(
      `  ${pct(a.share).padStart(6)}  went otherwise  ${a.id} (${a.date}) ${a.title}  [on record on the historical line: ${a.onRecord}/${a.seeds}; otherwise ${a.otherwise}, not at all ${a.diverged - a.otherwise}]`,
    );
    if (a.own && a.onRecord === 0)
      out.push(
        `            ${r.role}'s own act: these rules leave it to the player's moves and record no event for it`,
      );
    for (const w of a.why.slice(0, 3)) out.push(`            why on ${w.seeds}: ${because(scenario, w)}`);
  }
  for (const f of r.flips) {
    out.push(
      `  ${pct(f.share).padStart(6)}  flipped         ${f.id} (${f.date}) ${f.title}  [holds on the historical line: ${f.holdsOnRecord}/${f.seeds}]`,
    );
    for (const w of f.why.slice(0, 3)) out.push(`            why on ${w.seeds}: ${because(scenario, w)}`);
  }
  return out;
}

/** The moves the rules refused, each with the seeds it was refused on. */
export const skippedLines = (rules: Rules, r: WhatIfResult): string[] =>
  r.skipped.map((m) => `  refused: ${skippedText(rules, m)} (${m.seeds} of ${r.seeds} seeds)`);
