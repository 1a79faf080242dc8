// The player's language: which one, and where the choice comes from. No package and no text here,
// so the page's first chunk pays nothing for it; the messages are in ./index.ts and ./messages/.
// The language is the reader's only: it never enters the rules, a replay or its fingerprint (the
// rules core cannot import this folder: eslint.config.js).

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale Intl formats dates and numbers with: British English ("Tue 17 Nov 2015"), French of France ("mar. 17 nov. 2015"). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Each language's name, written in itself (the switch shows both). */
export const LOCALE_NAME: Record<Locale, string> = { en: 'English', fr: 'Français' };

let current: Locale = 'en';

/** The language the page (or the CLI) speaks now. */
export const locale = (): Locale => current;
/** Its Intl locale. */
export const intlLocale = (): string => INTL_LOCALE[current];

/** Sets the language for the formatters; ./index.ts's setLocale loads its messages first. */
export function useLocale(l: Locale): void {
  current = l;
}

export const isLocale = (s: unknown): s is Locale =>
  typeof s === 'string' && (LOCALES as readonly string[]).includes(s);

/** A language tag ("fr-CA", "en_GB", "FR") as one of ours, or null. */
export function localeOf(tag: string | null | undefined): Locale | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : null;
}

/** `lang=xx` among an address's query (`?lang=fr`) or fragment parameters (`#replay=…&lang=fr`). */
const LANG_PARAM = /(^|[?#&])lang=([A-Za-z_-]*)/;

/** The language an address asks for, from its query or its fragment (the fragment wins). */
export function localeInAddress(search: string, hash: string): Locale | null {
  return localeOf(LANG_PARAM.exec(hash)?.[2]) ?? localeOf(LANG_PARAM.exec(search)?.[2]);
}

/** A fragment without its `lang=` parameter: what the replay links and the reading room's addresses read. */
export function withoutLang(hash: string): string {
  return hash
    .replace(/([#&])lang=[A-Za-z_-]*&?/, '$1')
    .replace(/&$/, '')
    .replace(/^#$/, '');
}

const KEY = 'grand-coalition-lang';

/** The language this device chose last (storage may be off: then none). */
export function storedLocale(): Locale | null {
  try {
    return localeOf(localStorage.getItem(KEY));
  } catch {
    return null;
  }
}

/** Remembers the language on this device, as the game keeps its other settings (localStorage). */
export function rememberLocale(l: Locale): void {
  try {
    localStorage.setItem(KEY, l);
  } catch {
    // Storage off: the choice holds for this page only.
  }
}

/** The language to start in: the address's, else this device's last choice, else the browser's, else English. */
export function startingLocale(a: {
  search: string;
  hash: string;
  stored: Locale | null;
  browser: readonly string[];
}): Locale {
  return localeInAddress(a.search, a.hash) ?? a.stored ?? a.browser.map(localeOf).find((l) => l !== null) ?? 'en';
}
