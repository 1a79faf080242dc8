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

/** A point of an issue's scale in words, by its place on the scale ("Daech d’abord et seulement"). */
export const scaleText = (issue: string, index: number, english: string): string =>
  table?.issues[issue]?.scale[index] ?? english;

const capitalFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An actor named in a sentence, as a message's arguments: `{key}` is its name as English writes it
 * there; French messages may use its grammatical forms instead, `{key_le}` (« la Russie »),
 * `{key_Le}` (« La Russie », a sentence's start), `{key_a}` (« à la Russie », « aux États-Unis »,
 * « au Qatar ») and `{key_de}` (« de la Russie », « des États-Unis », « d’Israël »): French joins
 * its prepositions to the article, which no concatenation in the English order can do.
 * tests/i18n.test.ts counts these forms as the argument they come from.
 */
export function actorArgs(key: string, id: string, english: string): Record<string, string> {
  const le = table?.the[id] ?? english;
  const a = le.replace(/^les /, 'aux ').replace(/^le /, 'au ');
  const de = le.replace(/^les /, 'des ').replace(/^le /, 'du ');
  return {
    [key]: table ? (table.actors[id] ?? english) : english,
    [`${key}_le`]: le,
    [`${key}_Le`]: capitalFirst(le),
    [`${key}_a`]: a === le ? `à ${le}` : a,
    [`${key}_de`]: de !== le ? de : /^[aeiouyàâéèêëîïôûüh]/i.test(le) ? `d\u2019${le}` : `de ${le}`,
  };
}
