// The teacher's answer key: what a class can expect, read off the balance runs (docs/balance.json,
// written by `npm run balance`) and the scenario's own endings. Nothing here is typed in by hand:
// when the rules change and the runs are redone, the key follows.
import { z } from 'zod';
import type { Scenario } from './schema';

/** The parts of docs/balance.json the key reads; other fields may come and go. */
export const BalanceRuns = z.object({
  /** The scenario version the runs played (written from 1.3.0's runs on; absent before). */
  scenario: z.string().optional(),
  games: z.number().int().positive(),
  outcomes: z.array(
    z.object({
      role: z.string(),
      policy: z.string(),
      outcome: z.string(),
      games: z.number().int().min(0),
      share: z.number().min(0).max(1),
    }),
  ),
  meanMeter: z.record(z.string(), z.number()),
});
export type BalanceRuns = z.infer<typeof BalanceRuns>;

/** The runs' kinds of play, as a teacher would recognise them in a group (scripts/balance.ts, src/state/bots/policies.ts). */
export const PLAY_STYLES: { policy: string; label: string; what: string }[] = [
  {
    policy: 'passive',
    label: 'A group that does nothing',
    what: 'ends every round without a move',
  },
  {
    policy: 'random',
    label: 'A group that clicks around',
    what: 'any legal move, chosen at random',
  },
  {
    policy: 'greedy',
    label: 'A group that chases the meter',
    what: 'each time, the one move that lifts the meter most right now',
  },
  {
    policy: 'historical',
    label: 'A group that does what its capital did in 2015',
    what: 'the calls, visits and offers of the record, on their dates',
  },
  {
    policy: 'strategist',
    label: 'A group with a plan',
    what: 'pays the missing capital\u2019s price early with proposals it accepts, pulls the line on what to strike toward ISIS, and keeps calling its allies',
  },
  {
    policy: 'coaster',
    label: 'A group with a plan that stops once it has won',
    what: 'plays the plan until every condition holds, then only ends the rounds: nobody tends the capitals it brought in',
  },
  {
    policy: 'hints',
    label: 'A group that only follows the hints',
    what: 'does the plainest move the \u201cYou might\u201d hint points to: asks the capital it names for the role\u2019s terms, visits it for the sky, calls it to hold it',
  },
];

/**
 * What the "You might" hint does, for the guide and the answer key (src/state/view/advice.ts).
 * From scenario 1.6.0 it teaches rather than plays.
 */
export const HINTS_DO =
  'The \u201cYou might\u201d hint (Apprentice and Diplomat levels; none on Veteran) names what is still missing from the group\u2019s goal, which capital holds the key to it (one that can move that very item: its own membership or line, the sky it flies in, the coalition\u2019s line it weighs in), and why, in that item\u2019s terms: where it stands on the issue, how committed it is, or what it weighs most against the coalition; and whether it trusts you. It does not name the move to make, nor its chance of yes: choosing the move, and the terms, is the group\u2019s work. Once every condition holds, the hint says that a capital the group brought in must still be held: such a member wears without attention, shocks test it, and it can leave.';

/** The endings in the order the key shows them, by the labels the runs write. */
export const ENDINGS = ['Grand coalition', 'Parallel campaigns', 'Fracture'] as const;

export interface KeyRow {
  policy: string;
  label: string;
  what: string;
  /** Share of the runs' games ending in each of ENDINGS, 0–1. */
  shares: number[];
  games: number;
  meanMeter: number;
}

export interface RoleKey {
  role: string;
  name: string;
  rows: KeyRow[];
  /** The kind of play most likely to build the grand coalition, and how often it did. */
  best: { label: string; share: number } | null;
  /** How the record's own line ended, most often. */
  historical: { ending: string; share: number } | null;
}

export interface AnswerKey {
  /** Games per role and kind of play in the runs. */
  games: number;
  /** The scenario version the runs played, when they say; null when they do not. */
  runsOf: string | null;
  /** The runs were not made with the rules new games are played with (or do not say which). */
  stale: boolean;
  roles: RoleKey[];
}

export function answerKey(raw: unknown, s: Scenario): AnswerKey {
  const b = BalanceRuns.parse(raw);
  const roles = s.roles.map(({ actor }): RoleKey => {
    const rows = PLAY_STYLES.flatMap((p): KeyRow[] => {
      const of = b.outcomes.filter((o) => o.role === actor && o.policy === p.policy);
      if (!of.length) return [];
      return [
        {
          ...p,
          shares: ENDINGS.map((e) => of.find((o) => o.outcome === e)?.share ?? 0),
          games: of.reduce((n, o) => n + o.games, 0),
          meanMeter: b.meanMeter[`${actor}/${p.policy}`] ?? NaN,
        },
      ];
    });
    const best = [...rows].sort((x, y) => y.shares[0]! - x.shares[0]!)[0];
    const hist = rows.find((r) => r.policy === 'historical');
    const top = hist ? hist.shares.indexOf(Math.max(...hist.shares)) : -1;
    return {
      role: actor,
      name: s.actors.find((a) => a.id === actor)!.name,
      rows,
      best: best && best.shares[0]! > 0 ? { label: best.label, share: best.shares[0]! } : null,
      historical: hist ? { ending: ENDINGS[top]!, share: hist.shares[top]! } : null,
    };
  });
  return { games: b.games, runsOf: b.scenario ?? null, stale: b.scenario !== s.version, roles };
}

/** A share as the key prints it: whole per cent, with "under 1%" for a rare but real outcome. */
export const percent = (x: number): string => (x > 0 && x < 0.005 ? 'under 1%' : `${Math.round(x * 100)}%`);

/** An actor's name inside a sentence: "the United States", "Russia". */
export const theName = (s: Scenario, id: string): string => {
  const n = s.actors.find((a) => a.id === id)!.name;
  return /^United |government$/.test(n) ? `the ${n}` : n;
};

const listWords = (xs: string[]) => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The conditions members set on a partner's own line (Washington's on Moscow's strikes): a capital
 * the role needs can join only while its own line keeps within them, whatever its commitment.
 */
export function partnerConditions(s: Scenario, who: string[]): string[] {
  return who.flatMap((p) => {
    const by = s.actors.flatMap((a) =>
      a.constraints.filter((c) => c.about === p).map((c) => ({ actor: a.id, issue: c.issue, min: c.min, max: c.max })),
    );
    // One sentence per issue and bound, naming every capital that sets it.
    const groups = new Map<string, { issue: string; min?: number; max?: number; actors: string[] }>();
    for (const b of by) {
      const k = `${b.issue}/${b.min ?? ''}/${b.max ?? ''}`;
      const g = groups.get(k) ?? { issue: b.issue, min: b.min, max: b.max, actors: [] };
      g.actors.push(b.actor);
      groups.set(k, g);
    }
    return [...groups.values()].map((g) => {
      const issue = s.issues.find((i) => i.id === g.issue)!;
      const bound = [g.min !== undefined ? `at least ${g.min}` : '', g.max !== undefined ? `at most ${g.max}` : '']
        .filter(Boolean)
        .join(' and ');
      const at = g.max ?? g.min!;
      return `${theName(s, p).replace(/^the/, 'The')} can be a member only while its own line on ${issue.topic} is ${bound} of 100 (${scaleWords(s, g.issue, at)}): the condition of ${listWords(g.actors.map((a) => theName(s, a)))}, whatever its commitment`;
    });
  });
}

/** What each ending takes for a role, in words, from the scenario's thresholds and the role's needs. */
export function endingConditions(s: Scenario, role: string): { ending: string; needs: string[] }[] {
  const r = s.roles.find((x) => x.actor === role)!;
  const { grand, parallel } = s.outcomes;
  const members = (who: string[]) =>
    `${listWords([role, ...who].map((a) => theName(s, a)))} ${who.length === 0 ? 'is a member' : who.length === 1 ? 'are both members' : 'are all members'} (commitment 50% or more)`;
  return [
    {
      ending: 'Grand coalition',
      needs: [
        members(r.needs.grand),
        ...partnerConditions(s, r.needs.grand),
        `deconfliction of the two air campaigns is ${pct(grand.deconfliction)} or more`,
        `the coalition meter is ${grand.meter} or more`,
        ...r.terms.map((t) => termWords(s, t)),
      ],
    },
    {
      ending: 'Parallel campaigns',
      needs: [
        members(r.needs.parallel),
        ...partnerConditions(s, r.needs.parallel),
        `deconfliction is ${pct(parallel.deconfliction)} or more`,
        `the meter is ${parallel.meter} or more`,
      ],
    },
    { ending: 'Fracture', needs: ['a game that meets neither list'] },
  ];
}

/** Where a value sits on an issue's scale, in its labels: the label itself when close, else the two around it. */
export function scaleWords(s: Scenario, issue: string, v: number): string {
  const sc = s.issues.find((i) => i.id === issue)!.scale;
  const near = sc.find((x) => Math.abs(x.at - v) <= 4);
  if (near) return `\u201c${near.label}\u201d`;
  const below = [...sc].reverse().find((x) => x.at < v);
  const above = sc.find((x) => x.at > v);
  return below && above
    ? `between \u201c${below.label}\u201d and \u201c${above.label}\u201d`
    : `\u201c${(below ?? above)!.label}\u201d`;
}

/** A role's term in words: "What to strike first: the coalition's line at most 40 of 100 (between …)". */
export function termWords(s: Scenario, t: Scenario['roles'][number]['terms'][number]): string {
  const issue = s.issues.find((i) => i.id === t.issue)!;
  const at = (t.min ?? t.max)!;
  const whose = t.actor ? `${theName(s, t.actor)}\u2019s own line` : 'the coalition\u2019s line';
  return `${issue.name}: ${whose} is ${t.min !== undefined ? 'at least' : 'at most'} ${at} of 100 (${scaleWords(s, t.issue, at)})`;
}
