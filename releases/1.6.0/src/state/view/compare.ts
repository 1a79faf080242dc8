// The class comparison: several groups' games read side by side. Pure: it reads the final worlds
// the replays produce and says where the groups' decisions first parted. A group's own row is a
// function of its own game alone: adding or removing another group never changes it; only the
// sections that are about several games at once (splits, pairs, who differs) read them together.
import { DIFFICULTIES } from '../rules/difficulty';
import { dayMonth, divergence } from './divergence';
import { describeAction } from './explain';
import type { PlayedGame } from '../rules/game';
import { keptOutBy, MEMBER_AT } from '../rules/model/meter';
import { grandGaps, OUTCOME_LABEL } from '../rules/model/outcome';
import { the, theirs } from './news';
import { roleOf, type Rules } from '../rules/rules';
import type { ActorId, OutcomeId, World } from '../rules/world';
import { percent as pct } from './percent';

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
  /** The capitals in the coalition at the end, the player's aside, by name. */
  memberNames: string[];
  /** Why the game ended as it did, in one line read off its final state ('' for an unfinished game). */
  why: string;
  /**
   * Where the game first left the historical line (the same seed, role and level played as the
   * capital did in 2015), in a few words; '' when unfinished or not known (older releases).
   */
  road: string;
  moves: number;
  /** The meter at the start and as each round closed. */
  meter: number[];
  /** The moves of each round, in words. */
  rounds: string[][];
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
  /** Who ended in the coalition: the capitals in every group's, and those in some groups' only. */
  members: { common: string[]; differing: { name: string; groups: string[] }[] };
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
    memberNames: w.meter.members.filter((a) => a !== w.role).map((a) => rules.actor[a]!.name),
    why: whyOutcome(rules, w),
    road: roadOf(rules, w),
    moves: moves.flat().length,
    meter: [w.startMeter, ...w.rounds.filter((r) => r.meter).map((r) => r.meter!.value)],
    rounds: moves,
    hash: game.hash,
    version: rules.scenario.version,
  };
}

/**
 * The comparison of rows that may come from different releases: each row was computed by its own
 * version's rules; here only moves in words, meters and outcomes are compared.
 */
export function combineRows(rows: GroupRow[], rounds: string[]): Comparison {
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
    members: memberSpread(rows),
  };
}

/**
 * The capitals every group brought in, and the ones only some did, with which groups. A group's
 * own country is never among its members (it leads the talks), so a capital is judged only in the
 * games it did not lead: France is not "missing" from France's own games when a class mixes roles.
 */
function memberSpread(rows: GroupRow[]): Comparison['members'] {
  const names = [...new Set(rows.flatMap((r) => r.memberNames))];
  const all = names.map((m) => {
    const judged = rows.filter((r) => r.role !== m);
    return { m, groups: judged.filter((r) => r.memberNames.includes(m)).map((r) => r.name), of: judged.length };
  });
  return {
    common: all.filter((x) => x.groups.length === x.of).map((x) => x.m),
    differing: all
      .filter((x) => x.groups.length < x.of)
      .map(({ m, groups }) => ({ name: m, groups }))
      .sort((a, b) => b.groups.length - a.groups.length || a.name.localeCompare(b.name)),
  };
}

const listWords = (xs: string[]) => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** The first turn where the game left the historical line (src/state/view/divergence.ts), in a few words. */
export function roadOf(rules: Rules, w: World): string {
  const d = w.outcome ? divergence(rules, w) : null;
  if (!d) return '';
  if (!d.first)
    return `Stayed on the historical line throughout${d.sameMoves ? ', with the same moves as 2015' : ', by moves of its own'}.`;
  const f = d.first;
  // A move's words start with its kind ("Proposal to Russia: …"), so they read on after "your".
  const text = f.move ? f.move.text.charAt(0).toLowerCase() + f.move.text.slice(1) : '';
  const move = f.move ? `, after your ${text}${f.move.round === f.round ? '' : ` in round ${f.move.round + 1}`}` : '';
  return `Round ${f.round + 1} (${dayMonth(f.date)}): ${f.title}${move}.`;
}

/**
 * Why a capital the role needed is not a member: too little commitment, or (committed enough) a
 * member's condition on its partners keeps it out, as meter.ts rules.
 */
function outsideWhy(rules: Rules, w: World, a: ActorId): string {
  const k = w.commit[a]!;
  if (!rules.eligible[a]) return `${the(rules, a)} out (it joins no coalition)`;
  if (k < MEMBER_AT) return `${the(rules, a)} out (commitment ${pct(k)}, needs ${pct(MEMBER_AT)})`;
  const kept = keptOutBy(rules, w, a);
  if (!kept) return `${the(rules, a)} out`;
  const { by, line } = kept;
  const issue = rules.scenario.issues.find((i) => i.id === line.issue)!;
  // Possessives: "your own" when the condition is the player's; "the United States’", "Turkey’s".
  const whose = by === w.role ? 'your own' : theirs(rules, by);
  const asker = by === w.role ? 'you ask' : `${the(rules, by)} asks`;
  const limit = w.pos[a]![line.issue]! > line.max ? `at most ${line.max}` : `at least ${line.min}`;
  return `${the(rules, a)} kept out by ${whose} condition although committed ${pct(k)} (its own line on ${issue.topic} ${Math.round(w.pos[a]![line.issue]!)}, ${asker} ${limit})`;
}

/**
 * Why a finished game ended as it did, in one line: the grand coalition's conditions it missed
 * (who stayed out, the meter, deconfliction, the role's terms), then what decided between parallel
 * campaigns and a fracture. Read off the final world with the rules outcome.ts applies.
 */
export function whyOutcome(rules: Rules, w: World): string {
  if (!w.outcome) return '';
  const role = roleOf(rules.scenario, w.role)!;
  const name = (a: ActorId) => the(rules, a);
  const { grand, parallel } = rules.outcomes;
  const d = w.deconfliction;
  const m = w.meter.value;
  if (w.outcome === 'grand_coalition')
    return `Every condition met: ${listWords(role.needs.grand.map(name))} in, deconfliction ${pct(d)} (needs ${pct(grand.deconfliction)}), meter ${m.toFixed(1)} (needs ${grand.meter}), terms met.`;
  const g = grandGaps(rules, w, w.meter);
  const missed = [
    ...g.outside.map((a) => outsideWhy(rules, w, a)),
    ...(g.meter !== null ? [`meter ${m.toFixed(1)} (needs ${grand.meter})`] : []),
    ...(g.deconfliction !== null ? [`deconfliction ${pct(d)} (needs ${pct(grand.deconfliction)})`] : []),
    ...g.terms.map((t) => {
      const issue = rules.scenario.issues.find((i) => i.id === t.issue)!;
      return `line on ${issue.topic} ${Math.round(t.line)} (your terms: ${t.min !== undefined ? `at least ${t.min}` : `at most ${t.max}`})`;
    }),
  ];
  if (!w.meter.members.includes(w.role)) missed.unshift(`you out (commitment ${pct(w.commit[w.role]!)})`);
  const short = `No grand coalition: ${missed.join('; ')}.`;
  if (w.outcome === 'parallel_campaigns')
    return `${short} Parallel campaigns, because the campaigns still coordinate: deconfliction ${pct(d)} (needs ${pct(parallel.deconfliction)}), meter ${m.toFixed(1)} (needs ${parallel.meter}).`;
  const outP = [w.role, ...role.needs.parallel].filter((a) => !w.meter.members.includes(a));
  const broke = [
    ...(outP.length ? [`${listWords(outP.map(name))} not in`] : []),
    ...(m < parallel.meter ? [`meter below ${parallel.meter}`] : []),
    ...(d < parallel.deconfliction ? [`deconfliction below ${pct(parallel.deconfliction)}`] : []),
  ];
  return `${short} Not even parallel campaigns: ${broke.join(', ')}.`;
}
