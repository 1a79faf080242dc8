// The game's words, as ICU messages formatted by FormatJS (@formatjs/intl): English in the page's
// first chunk, French loaded only when chosen (its own chunks, the messages and the scenario's
// French table: scripts/bundle-budget.ts). Every
// text of the interface is a typed message id (MessageId): a missing or misspelt id does not
// compile, and tests/i18n.test.ts checks that both catalogs have the same ids, the same arguments
// and only ids the code uses. The rules core never sees a language: it returns ids and values,
// and the page formats them here.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { en, type MessageId } from './messages/en';
import { INTL_LOCALE, locale, useLocale, type Locale } from './locale';
import { loadScenarioTexts, scenarioTextsSettled } from './scenario';

export type { MessageId } from './messages/en';
export * from './locale';
export {
  actorArgs,
  actorName,
  backgroundText,
  countryName,
  dataText,
  glossaryEntry,
  issueName,
  loadReadingRoom,
  outcomeLabel,
  readingRoom,
  roleGoal,
  roleTagline,
  scaleText,
  useScenarioTexts,
} from './scenario';

/** A message's arguments: numbers go through the locale's plural rules and number format. */
export type Values = Record<string, string | number>;

const cache = createIntlCache();
const make = (l: Locale, messages: Partial<Record<MessageId, string>>): IntlShape<string> =>
  createIntl(
    {
      locale: INTL_LOCALE[l],
      defaultLocale: INTL_LOCALE.en,
      messages,
      // A message missing from a catalog is a failing test (tests/i18n.test.ts), not a console warning.
      onError: (e) => {
        if (e.code !== 'MISSING_TRANSLATION') console.error(e);
      },
    },
    cache,
  );

let intl = make('en', en);
const listeners: (() => void)[] = [];

/** A message in the current language. */
export function t(id: MessageId, values?: Values): string {
  return intl.formatMessage({ id }, values);
}

/** "France, Russia and the United States" / "la France, la Russie et les États-Unis": a list in the current language. */
export function list(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return intl.formatList(items, { type });
}

/**
 * The French messages, loaded once (a chunk of their own); the reading room's (the guide, the
 * sources page) in a second chunk that follows without holding up the page.
 */
const catalogs: Record<Locale, () => Promise<Partial<Record<MessageId, string>>>> = {
  en: () => Promise.resolve(en),
  fr: () => import('./messages/fr').then((m) => m.fr),
};
const laterCatalogs: Record<Locale, () => Promise<Partial<Record<MessageId, string>>>> = {
  en: () => Promise.resolve({}),
  fr: () => import('./messages/fr-reading').then((m) => m.frReading),
};
/** Settles once the current language's later messages are in. */
let laterMessages: Promise<unknown> = Promise.resolve();

/**
 * Switches the language: loads its messages (French: a chunk of its own, once), then tells every
 * listener to draw again. The document's lang follows, for screen readers and hyphenation.
 */
export async function setLocale(l: Locale): Promise<void> {
  const [messages] = await Promise.all([catalogs[l](), loadScenarioTexts(l)]);
  intl = make(l, messages);
  laterMessages = laterCatalogs[l]().then((more) => {
    if (locale() === l && Object.keys(more).length) intl = make(l, { ...messages, ...more });
  });
  useLocale(l);
  if (typeof document !== 'undefined') document.documentElement.lang = l;
  for (const f of listeners) f();
  // The debrief's French comes just after: the game's screens are drawn again with it.
  void Promise.all([scenarioTextsSettled(), laterMessages]).then(([more]) => {
    if (more && locale() === l) for (const f of textListeners) f();
  });
}

const textListeners: (() => void)[] = [];
/** Calls `f` when the rest of a language's texts (the debrief's French) has come after a change of language. */
export const onLateTexts = (f: () => void): void => void textListeners.push(f);

/** Settles once every text of the language now chosen is in (the debrief's French comes just after the rest). */
export const localeSettled = async (): Promise<void> =>
  void (await Promise.all([scenarioTextsSettled(), laterMessages]));

/** Calls `f` after every change of language (the page draws its screens again). */
export const onLocaleChange = (f: () => void): void => void listeners.push(f);

/** The language now in use (re-exported for readers that import only this module). */
export const currentLocale = locale;
