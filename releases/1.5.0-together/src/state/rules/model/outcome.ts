// The three endings, as defined in docs/MODEL.md. Who must be in for each depends on the role.
import { roleOf, type Rules } from '../rules';
import type { ActorId, OutcomeId, World } from '../world';
import type { MeterBreakdown } from './meter';

/**
 * The role's terms that the coalition's line misses. A grand coalition on someone else's terms is
 * not the player's: a Moscow that signs up to "Assad must go" has lost.
 */
export function termsMissed(
  rules: Rules,
  world: World,
  m: MeterBreakdown,
): { issue: string; line: number; min?: number; max?: number }[] {
  return roleOf(rules.scenario, world.role)!
    .terms.map((t) => ({ t, v: termValue(world, m, t) }))
    .filter(({ t, v }) => (t.min !== undefined && v < t.min) || (t.max !== undefined && v > t.max))
    .map(({ t, v }) => ({ issue: t.issue, line: v, min: t.min, max: t.max }));
}

/** Where a term is read: an actor's own line when the term names one, the coalition's otherwise. */
export const termValue = (world: World, m: MeterBreakdown, t: { issue: string; actor?: string }): number =>
  t.actor ? world.pos[t.actor]![t.issue]! : m.line[t.issue]!;

/** What a grand coalition still lacks, as plain facts: who is out, the meter, deconfliction, terms. */
export interface GrandGaps {
  outside: ActorId[];
  meter: number | null;
  deconfliction: number | null;
  terms: ReturnType<typeof termsMissed>;
}

export function grandGaps(rules: Rules, world: World, m: MeterBreakdown): GrandGaps {
  const role = roleOf(rules.scenario, world.role)!;
  const grand = rules.outcomes.grand;
  return {
    outside: role.needs.grand.filter((a) => !m.members.includes(a)),
    meter: m.value < grand.meter ? m.value : null,
    deconfliction: world.deconfliction < grand.deconfliction ? world.deconfliction : null,
    terms: termsMissed(rules, world, m),
  };
}

/** No gap at all: the grand coalition's conditions, read off the same facts the debrief lists. */
const noGap = (g: GrandGaps): boolean =>
  g.outside.length === 0 && g.meter === null && g.deconfliction === null && g.terms.length === 0;

export function outcomeOf(rules: Rules, world: World, m: MeterBreakdown): OutcomeId {
  const role = roleOf(rules.scenario, world.role)!;
  const allIn = (who: string[]) => m.members.includes(world.role) && who.every((a) => m.members.includes(a));
  if (m.members.includes(world.role) && noGap(grandGaps(rules, world, m))) return 'grand_coalition';
  const parallel = rules.outcomes.parallel;
  if (allIn(role.needs.parallel) && m.value >= parallel.meter && world.deconfliction >= parallel.deconfliction)
    return 'parallel_campaigns';
  return 'fracture';
}

export const OUTCOME_LABEL: Record<OutcomeId, string> = {
  grand_coalition: 'Grand coalition',
  parallel_campaigns: 'Parallel campaigns',
  fracture: 'Fracture',
};

/** What an ending means for the player's role. */
export const outcomeMeaning = (rules: Rules, role: string, o: OutcomeId): string =>
  roleOf(rules.scenario, role)!.endings[o];
