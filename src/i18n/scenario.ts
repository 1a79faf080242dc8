// The scenario's names and short texts in the reader's language: the English data's own words,
// or its French table (src/data/fr/fr-scenario.ts, keyed by the same ids), loaded only when French
// is chosen. Each reader passes the id and the English text it has (from the data or the render
// model), so an id the table lacks shows in English rather than not at all.
import type { ScenarioFrench } from '../data/fr/fr-scenario';
import type { Locale } from './locale';

let table: ScenarioFrench | null = null;

/** Loads (or drops) the scenario's texts for a language; setLocale awaits it with the messages. */
export async function loadScenarioTexts(l: Locale): Promise<void> {
  table = l === 'fr' ? (await import('../data/fr/fr-scenario')).frScenario : null;
}

/** An actor's name ("Russie"). */
export const actorName = (id: string, english: string): string => table?.actors[id] ?? english;
/** A role's line on the title page. */
export const roleTagline = (actor: string, english: string): string => table?.roles[actor]?.tagline ?? english;
/** A role's goal. */
export const roleGoal = (actor: string, english: string): string => table?.roles[actor]?.goal ?? english;
/** An issue's name ("L’avenir d’Assad"). */
export const issueName = (id: string, english: string): string => table?.issues[id]?.name ?? english;
/** An outcome's label, from its id or its English label ("Grand coalition" → "Grande coalition"). */
export function outcomeLabel(idOrLabel: string): string {
  if (!table) return idOrLabel;
  const id = idOrLabel.toLowerCase().replace(/ /g, '_');
  return table.outcomes[id] ?? idOrLabel;
}
