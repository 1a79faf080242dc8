// Values read from a file or a link, made safe to repeat in a message: cut to a few dozen
// characters, with control, bidi and invisible characters shown as escapes, so a crafted file can
// neither flood the screen or the terminal nor write a message of its own. Browser and CLI alike.
export const ECHO_MAX = 40;

// C0/C1 controls, bidi embeddings/overrides/isolates and marks, zero-width and line/paragraph
// separators, BOM, and lone surrogates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]/gu;

const escape = (s: string): string => s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One value, quoted when it is text, as a message may show it. */
export function echo(value: unknown, max = ECHO_MAX): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return cut(String(value), max);
  if (typeof value === 'string') return `"${cut(value, max)}"`;
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Text of unknown origin (a file name, an error from a parser), escaped and cut. */
export function echoText(text: string, max = ECHO_MAX * 2): string {
  return cut(text, max);
}

/** The first `max` characters, escaped, and how long the whole was. */
function cut(s: string, max: number): string {
  // Cheap bound first: a 1 MB value is never split into a million-element array.
  const head = [...s.slice(0, max * 2)].slice(0, max).join('');
  return head.length === s.length ? escape(s) : `${escape(head)}… (${s.length} characters)`;
}
