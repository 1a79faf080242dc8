// Calendar dates (YYYY-MM-DD) as the panels print them, in British order like the briefing.
const fmt = (d: string, year: boolean) =>
  new Date(`${d}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(year ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });

/** "17 Nov 2015" */
export const longDate = (d: string): string => fmt(d, true);
/** "17 Nov"; labels that are not dates ("start") pass through. */
export const shortDate = (d: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? fmt(d, false) : d);
