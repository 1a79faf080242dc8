// The three endings, as defined in docs/MODEL.md.
import type { Rules } from '../rules';
import type { OutcomeId, World } from '../world';
import type { MeterBreakdown } from './meter';

export const GRAND = { meter: 60, deconfliction: 0.5 } as const;
export const PARALLEL = { meter: 30, deconfliction: 0.3 } as const;

/** Both great powers must be members for the coalition to be "grand". */
export const PIVOTS = ['USA', 'RUS'] as const;

export function outcomeOf(_rules: Rules, world: World, m: MeterBreakdown): OutcomeId {
  const isIn = (a: string) => m.members.includes(a);
  if (isIn(world.role) && PIVOTS.every(isIn) && m.value >= GRAND.meter && world.deconfliction >= GRAND.deconfliction) return 'grand_coalition';
  if (isIn(world.role) && isIn('USA') && m.value >= PARALLEL.meter && world.deconfliction >= PARALLEL.deconfliction) return 'parallel_campaigns';
  return 'fracture';
}

export const OUTCOME_LABEL: Record<OutcomeId, string> = {
  grand_coalition: 'Grand coalition',
  parallel_campaigns: 'Parallel campaigns',
  fracture: 'Fracture',
};

export const OUTCOME_MEANING: Record<OutcomeId, string> = {
  grand_coalition: 'France, the United States and Russia fight ISIS as one coalition, with their campaigns deconflicted and the meter at 60 or more.',
  parallel_campaigns: 'No single coalition, but the two campaigns coordinate: France and the United States stay together and talk to Moscow. This is how 2015 ended.',
  fracture: 'The campaigns do not coordinate, or the coalition itself came apart.',
};
