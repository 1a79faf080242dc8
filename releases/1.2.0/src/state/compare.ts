// The class comparison: several groups' games read side by side. Pure: it reads the final worlds
// the replays produce and says where the groups' decisions first parted.
import { DIFFICULTIES } from './difficulty';
import { describeAction } from './explain';
import type { PlayedGame } from './game';
import { OUTCOME_LABEL } from './model/outcome';
import type { Rules } from './rules';
import type { OutcomeId } from './world';

export interface GroupGame {
  /** The group's name as the teacher sees it: the file name or "Link 3". */
  name: string;
  game: PlayedGame;
}

export interface GroupRow {
  name: string;
  role: string;
  difficulty: string;
  seed: number;
  outcome: OutcomeId | null;
  outcomeLabel: string;
  finalMeter: number;
  members: number;
  moves: number;
  /** The meter at the start and as each round closed. */
  meter: number[];
  /** The moves of each round, in words. */
  rounds: string[][];
  /** The first round (0-based) after which no other group had made the same moves; null if another group's game matches it throughout. */
  ownPathFrom: number | null;
  hash: string;
  /** The scenario version the game was played in: a class's files may mix releases. */
  version: string;
}

export interface RoundSplit {
  round: number;
  date: string;
  /** The different sets of moves made this round, most common first, with who made them. */
  choices: { moves: string[]; groups: string[] }[];
}

export interface Comparison {
  rows: GroupRow[];
  /** Whether every game shares seed, role and difficulty: only then do decisions alone explain differences. */
  sameSetting: boolean;
  settings: string[];
  splits: RoundSplit[];
  /** The first round where the groups did not all make the same moves; null if they never split. */
  firstSplit: number | null;
  /** For each pair of groups (by row index), the first round where their moves differed; null if never. */
  parted: (number | null)[][];
  outcomes: { id: OutcomeId | 'unfinished'; label: string; count: number }[];
  /** The scenario versions the games were played in; more than one means different rules. */
  versions: string[];
}

export function compareGames(rules: Rules, groups: GroupGame[]): Comparison {
  return combineRows(
    groups.map((g) => groupRow(rules, g)),
    rules.scenario.calendar.rounds,
  );
}

/** One group's row, read with the rules of the version it was played in. */
export function groupRow(rules: Rules, { name, game }: GroupGame): GroupRow {
  const w = game.world;
  const moves = w.rounds.map((r) =>
    r.actions.filter((a) => a.action.type !== 'end').map((a) => describeAction(rules, a.action)),
  );
  return {
    name,
    role: rules.actor[w.role]!.name,
    difficulty: DIFFICULTIES[w.difficulty].label,
    seed: w.seed,
    outcome: w.outcome,
    outcomeLabel: w.outcome ? OUTCOME_LABEL[w.outcome] : 'unfinished',
    finalMeter: w.meter.value,
    // The rules' own membership (eligible and committed), as the meter counts it; the player aside.
    members: w.meter.members.filter((a) => a !== w.role).length,
    moves: moves.flat().length,
    meter: [w.startMeter, ...w.rounds.filter((r) => r.meter).map((r) => r.meter!.value)],
    rounds: moves,
    ownPathFrom: null,
    hash: game.hash,
    version: rules.scenario.version,
  };
}

/**
 * The comparison of rows that may come from different releases: each row was computed by its own
 * version's rules; here only moves in words, meters and outcomes are compared.
 */
export function combineRows(rows: GroupRow[], rounds: string[]): Comparison {
  rows = rows.map((r) => ({ ...r }));
  const versions = [...new Set(rows.map((r) => r.version))];
  const settingOf = (r: GroupRow) =>
    `seed ${r.seed} · ${r.role} · ${r.difficulty}${versions.length > 1 ? ` · scenario ${r.version}` : ''}`;
  // Each round's moves as one comparable key, computed once for the splits and the pairs.
  const keys = rows.map((r) => r.rounds.map((m) => JSON.stringify(m)));
  const splits: RoundSplit[] = [];
  const played = Math.max(0, ...rows.map((r) => r.rounds.length));
  for (let i = 0; i < played; i++) {
    const by = new Map<string, { moves: string[]; groups: string[] }>();
    for (const [n, r] of rows.entries()) {
      const moves = r.rounds[i];
      if (!moves) continue;
      const key = keys[n]![i]!;
      const entry = by.get(key) ?? { moves, groups: [] };
      entry.groups.push(r.name);
      by.set(key, entry);
    }
    const choices = [...by.values()].sort((a, b) => b.groups.length - a.groups.length);
    splits.push({ round: i, date: rounds[i]!, choices });
  }
  const firstDifference = (a: string[], b: string[]): number | null => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
    return null;
  };
  const parted = keys.map((a) => keys.map((b) => firstDifference(a, b)));
  // A group goes its own way once it has parted from every other group: the latest of its partings.
  rows.forEach((r, i) => {
    const others = parted[i]!.filter((_, j) => j !== i);
    r.ownPathFrom = others.length === 0 || others.some((p) => p === null) ? null : Math.max(...(others as number[]));
  });
  const firstSplit = splits.findIndex((s) => s.choices.length > 1);
  const settings = [...new Set(rows.map(settingOf))];
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.outcome ?? 'unfinished', (count.get(r.outcome ?? 'unfinished') ?? 0) + 1);
  const order: (OutcomeId | 'unfinished')[] = ['grand_coalition', 'parallel_campaigns', 'fracture', 'unfinished'];
  return {
    rows,
    sameSetting: settings.length <= 1,
    settings,
    splits,
    firstSplit: firstSplit < 0 ? null : firstSplit,
    parted,
    outcomes: order
      .filter((o) => count.has(o))
      .map((o) => ({ id: o, label: o === 'unfinished' ? 'unfinished' : OUTCOME_LABEL[o], count: count.get(o)! })),
    versions,
  };
}

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
      moves: r.moves,
      own_path_from_round: r.ownPathFrom === null ? '' : r.ownPathFrom + 1,
      fingerprint: r.hash,
      scenario_version: r.version,
      meter_start: r.meter[0] ?? '',
    };
    rounds.forEach((d, i) => (row[`meter_${d}`] = r.meter[i + 1] ?? ''));
    return row;
  });
}
