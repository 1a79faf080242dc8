// Dates and numbers as people read them, in one place for the panels, the top bar, the map and the
// command-line log: British English ("Tue 17 Nov 2015"), calendar dates read in UTC so a date
// never slips a day with the reader's time zone.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A formatter made on first use: making one costs milliseconds a page opening should not pay. */
const lazy = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

const DAY = lazy(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const LONG = lazy(
  () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
);
const SHORT = lazy(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }));
const MOMENT = lazy(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
);

/** Formats without the comma en-GB puts after the weekday ("Tue, 17 Nov"), as the dates read. */
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

const ONE = lazy(() => new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const SIGNED = lazy(
  () =>
    new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }),
);
const WHOLE = lazy(() => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }));

/** "42.3": the meter and its parts, to one decimal. */
export const points = (n: number): string => ONE().format(n);
/** "+1.2", "−1.2" (a true minus sign), "0.0": a change. */
export const change = (n: number): string => SIGNED().format(n).replace('-', '\u2212');
/** "1,139": a count. */
export const count = (n: number): string => WHOLE().format(n);
