// Dates and numbers as people read them, in one place for the panels, the top bar, the map and the
// command-line log, in the reader's language (src/i18n/locale.ts): British English ("Tue 17 Nov
// 2015", "56.1") or French ("mar. 17 nov. 2015", "56,1"); calendar dates read in UTC so a date
// never slips a day with the reader's time zone.
import { intlLocale } from '../i18n/locale';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A formatter made on first use in each language: making one costs milliseconds a page opening should not pay. */
const lazy = <T>(make: (locale: string) => T): (() => T) => {
  const made = new Map<string, T>();
  return () => {
    const l = intlLocale();
    let f = made.get(l);
    if (f === undefined) made.set(l, (f = make(l)));
    return f;
  };
};

/** A calendar date's parts ("17 Nov 2015"), with or without the weekday and the time. */
const DATE = { day: 'numeric', month: 'short', year: 'numeric' } as const;
const dates = (o: Intl.DateTimeFormatOptions) => lazy((l) => new Intl.DateTimeFormat(l, o));
const DAY = dates({ weekday: 'short', ...DATE, timeZone: 'UTC' });
const LONG = dates({ ...DATE, timeZone: 'UTC' });
const SHORT = dates({ day: 'numeric', month: 'short', timeZone: 'UTC' });
/** On the reader's own clock: no time zone. */
const MOMENT = dates({ weekday: 'short', ...DATE, hour: '2-digit', minute: '2-digit' });

/** Formats without the comma en-GB puts after the weekday ("Tue, 17 Nov"), as the dates read (French has none). */
const noComma = (f: Intl.DateTimeFormat, d: Date): string =>
  f
    .formatToParts(d)
    .map((p, i, all) => (p.type === 'literal' && all[i - 1]?.type === 'weekday' ? ' ' : p.value))
    .join('');

const day = (d: string): Date => new Date(`${d}T12:00:00Z`);

/** "Tue 17 Nov 2015": the game's dates in the top bar, the briefing, the talks and the log. */
export const dayDate = (d: string): string => (ISO_DAY.test(d) ? noComma(DAY(), day(d)) : d);
/** "17 Nov 2015" */
export const longDate = (d: string): string => (ISO_DAY.test(d) ? LONG().format(day(d)) : d);
/** "17 Nov"; labels that are not dates ("start") pass through. */
export const shortDate = (d: string): string => (ISO_DAY.test(d) ? SHORT().format(day(d)) : d);
/** "Wed 25 Nov 2026, 16:50": a moment on the reader's own clock (when a game was saved). */
export const moment = (t: Date): string => noComma(MOMENT(), t);

const numbers = (o: Intl.NumberFormatOptions) => lazy((l) => new Intl.NumberFormat(l, o));
const ONE = numbers({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
const SIGNED = numbers({ minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const WHOLE = numbers({ maximumFractionDigits: 0 });
const PERCENT = numbers({ style: 'percent', maximumFractionDigits: 0 });

/** "42.3": the meter and its parts, to one decimal. */
export const points = (n: number): string => ONE().format(n);
/** "+1.2", "−1.2" (a true minus sign), "0.0": a change ("+1,2", "−1,2" in French). */
export const change = (n: number): string => SIGNED().format(n).replace('-', '\u2212');
/** "33%": a share in whole per cent, rounded down as the render model's percent() ("33 %" in French). */
export const share = (x: number): string => PERCENT().format(Math.floor(x * 100 + 1e-9) / 100);
/** "1,139": a count ("1 139" in French). */
export const count = (n: number): string => WHOLE().format(n);
