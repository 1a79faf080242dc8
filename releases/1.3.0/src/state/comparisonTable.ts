// The class comparison as a spreadsheet's rows. Apart from ./compare.ts, which reads the games (and
// replays the historical line for each group's road), so the panels can name it without loading that.
import type { Comparison } from './compare';

/** One row per group, for a spreadsheet: the columns a teacher sorts and charts. */
export function comparisonTable(c: Comparison, rounds: string[]): Record<string, string | number>[] {
  return c.rows.map((r) => {
    const row: Record<string, string | number> = {
      group: r.name,
      role: r.role,
      difficulty: r.difficulty,
      seed: r.seed,
      outcome: r.outcomeLabel,
      final_meter: r.finalMeter,
      members: r.members,
      member_capitals: r.memberNames.join('; '),
      why: r.why,
      left_2015: r.road,
      moves: r.moves,
      fingerprint: r.hash,
      scenario_version: r.version,
      meter_start: r.meter[0] ?? '',
    };
    rounds.forEach((d, i) => (row[`meter_${d}`] = r.meter[i + 1] ?? ''));
    return row;
  });
}
