// The scenario's names and short texts in the reader's language: the English data's own words,
// or its French table (src/data/fr/fr-scenario.ts, keyed by the same ids), loaded only when French
// is chosen. Each reader passes the id and the English text it has (from the data or the render
// model), so an id the table lacks shows in English rather than not at all.
import type { frenchPairs, ScenarioFrench } from '../data/fr/fr-scenario';
import type { ReadingRoomFrench } from '../data/fr/fr-guide';
import type { DebriefFrench } from '../data/fr/fr-debrief';
import type { Locale } from './locale';

type English = Parameters<typeof frenchPairs>[0];

let table: ScenarioFrench | null = null;
let pair: typeof frenchPairs | null = null;
/** The scenario the page plays, in English (its texts are what the render model passes). */
let english: English | null = null;
/** The data's English texts with their French, paired by id (fr-scenario.ts's frenchPairs), built on first use. */
let texts: Map<string, string> | null = null;

/** The reading room's French (the guide, Before you play): a chunk of its own, loaded when a French reader opens one. */
let room: ReadingRoomFrench | null = null;
/** Whether the reading room has been opened: a switch of language then loads its texts too. */
let roomWanted = false;

/** The debrief's French (src/data/fr/fr-debrief.ts): a chunk of its own, loaded just after the rest. */
let debrief: DebriefFrench | null = null;
/** Settles once the debrief's French is in (at once in English). */
let later: Promise<boolean> = Promise.resolve(false);

/** Loads (or drops) the scenario's texts for a language; setLocale awaits it with the messages. */
export async function loadScenarioTexts(l: Locale): Promise<void> {
  texts = null;
  if (l !== 'fr') {
    table = null;
    room = null;
    debrief = null;
    later = Promise.resolve(false);
    return;
  }
  const [m] = await Promise.all([import('../data/fr/fr-scenario'), roomWanted ? readingRoomTexts() : null]);
  table = m.frScenario;
  pair = m.frenchPairs;
  // The debrief's texts follow without holding up the page: a page in French draws at once, and
  // draws again when they come (src/i18n/index.ts), long before a game's end.
  later = debrief
    ? Promise.resolve(false)
    : import('../data/fr/fr-debrief').then((d) => {
        if (!table) return false;
        debrief = d.frDebrief;
        texts = null;
        return true;
      });
}

/**
 * Settles once every French text is in (true if some came since the last call's language was
 * set): the CLI and the tests await it before they write a debrief.
 */
export const scenarioTextsSettled = (): Promise<boolean> => later;

async function readingRoomTexts(): Promise<void> {
  room = (await import('../data/fr/fr-guide')).frReadingRoom;
}

/**
 * Loads the reading room's texts in the reader's language before the guide or Before you play is
 * drawn (src/ui/library.ts): French only, and only once a reader asks for them.
 */
export async function loadReadingRoom(): Promise<void> {
  roomWanted = true;
  if (table) await readingRoomTexts();
}

/**
 * The scenario whose texts the panels show (src/main.ts, the CLI): the French table pairs its
 * English texts by id. Passed in, not imported: the French chunk loads before the page's code (the
 * entry awaits the language), so it cannot wait for the scenario's.
 */
export function useScenarioTexts(s: English): void {
  english = s;
  texts = null;
}

/**
 * The scenario data's own words in the reader's language: an event's title and the game's summary
 * of it, a decision's question, an actor's summary, an ending, a checkpoint... The render model
 * passes the data's English text (it speaks no language); the French table gives the French it
 * pairs with that text by id. A text it lacks (a model sentence, a frozen release's older wording)
 * stays English.
 */
export function dataText(en: string): string {
  if (!table || !pair || !english) return en;
  texts ??= new Map(pair(english, table, debrief));
  return texts.get(en) ?? en;
}

/** An actor's name ("Russie"). */
export const actorName = (id: string, english: string): string => table?.actors[id] ?? english;
/** An outlet's country ("Royaume-Uni"), by its English name in the data. */
export const countryName = (english: string): string => table?.countries[english] ?? english;
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

/** A glossary entry in the reader's language, by its anchor (termSlug of its English term). */
export function glossaryEntry<E extends { term: string; aka: string[]; definition: string }>(
  slug: string,
  english: E,
): E {
  const f = table?.glossary[slug];
  return f ? { ...english, ...f } : english;
}

/**
 * The reading room's texts in the reader's language: the teacher's guide (in French, fitted to
 * 55-minute lessons), the hint's note, and the provenance table's kinds by their English kind.
 */
export function readingRoom<G>(english: { guide: G; hintsDo: string }): {
  guide: G;
  hintsDo: string;
  provenance: Record<string, { kind: string; from: string }> | null;
} {
  const f = table ? room : null;
  return f ? { guide: f.guide as G, hintsDo: f.hintsDo, provenance: f.provenance } : { ...english, provenance: null };
}

/** "Before you play" in the reader's language: its title, introduction, parts (by their order) and closing line. */
export function backgroundText<
  B extends { title: string; intro: string; after: string; parts: { heading: string; text: string }[] },
>(english: B): B {
  const f = table ? room?.background : undefined;
  if (!f) return english;
  return {
    ...english,
    title: f.title,
    intro: f.intro,
    after: f.after,
    parts: english.parts.map((p, i) => ({ ...p, ...f.parts[i] })),
  };
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
 * its prepositions to the article, which no concatenation in the English order can do. `{key_n}`
 * is `pl` for a name French makes plural (« les États-Unis se rapprochent »), else `sg`, for a
 * verb's agreement through a select.
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
    [`${key}_n`]: le.startsWith('les ') ? 'pl' : 'sg',
  };
}
