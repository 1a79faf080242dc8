// What a replay check says when a file or link is wrong, in the game's own words only. Built from
// the validator's issue codes and from the format's own vocabulary, never from zod's message text
// nor from the file's keys: an extra key that carries a sentence ("To keep your mark, sign in again
// at …") is named "a field this format does not have", not quoted. Shared by the browser and the CLI
// (src/release/load.ts), for the rules of every release.

/** The minimum of a validator issue that a message is built from (zod 4's issue, structurally). */
export interface IssueLike {
  code?: string;
  path?: readonly PropertyKey[];
  expected?: unknown;
  origin?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  format?: unknown;
  values?: readonly unknown[];
  keys?: readonly unknown[];
}

/** The words a replay is made of: field names and issue ids. A path shows these and indexes only. */
const VOCABULARY = new Set([
  'format',
  'version',
  'scenario',
  'id',
  'seed',
  'role',
  'difficulty',
  'actions',
  'type',
  'target',
  'issue',
  'position',
  'terms',
  'hash',
  'assad',
  'russia',
  'military',
  'vienna',
]);

const TYPES = new Set(['string', 'number', 'int', 'boolean', 'array', 'object', 'record', 'null', 'undefined']);
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
  undefined: 'nothing',
};

const num = (v: unknown): string | null =>
  typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'bigint' ? String(v) : null;

/** A short literal of the schema's own (an enum's values): shown only when it is plain. */
const plain = (v: unknown): string | null =>
  typeof v === 'string' && /^[a-z0-9.-]{1,24}$/i.test(v) ? `"${v}"` : num(v);

/** One validator issue as words: what was expected, from its code and the schema's own limits. */
export function issueText(iss: IssueLike): string {
  switch (iss.code) {
    case 'invalid_type': {
      const t = typeof iss.expected === 'string' && TYPES.has(iss.expected) ? TYPE_WORDS[iss.expected] : null;
      return t ? `expected ${t}` : 'a value of the wrong kind';
    }
    case 'too_big': {
      const n = num(iss.maximum);
      if (!n) return 'too big';
      return iss.origin === 'string'
        ? `at most ${n} characters`
        : iss.origin === 'array'
          ? `at most ${n} items`
          : `at most ${n}`;
    }
    case 'too_small': {
      const n = num(iss.minimum);
      if (!n) return 'too small';
      return iss.origin === 'string'
        ? `at least ${n} characters`
        : iss.origin === 'array'
          ? `at least ${n} items`
          : `at least ${n}`;
    }
    case 'invalid_format':
      return iss.format === 'regex' ? 'not in the form this field has' : 'not in the expected form';
    case 'not_multiple_of':
      return 'not a multiple of what it must be';
    case 'unrecognized_keys': {
      const n = Array.isArray(iss.keys) ? iss.keys.length : 1;
      return n === 1 ? 'a field this format does not have' : `${n} fields this format does not have`;
    }
    case 'invalid_union':
      return 'not any of the shapes this field may have';
    case 'invalid_key':
      return 'a key that is not allowed here';
    case 'invalid_element':
      return 'an item that is not allowed here';
    case 'invalid_value': {
      const vs = (iss.values ?? []).map(plain);
      return vs.length && vs.length <= 6 && vs.every(Boolean)
        ? vs.length === 1
          ? `expected ${vs[0]}`
          : `expected one of ${vs.join(', ')}`
        : 'not one of the allowed values';
    }
    default:
      return 'not valid';
  }
}

/** A path into a replay as the format names it: its own field names and indexes; any other key is "(a key)". */
export function pathText(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const p of path.slice(0, 8)) {
    const s = typeof p === 'number' ? String(p) : typeof p === 'string' && VOCABULARY.has(p) ? p : '(a key)';
    if (!(s === '(a key)' && parts.at(-1) === s)) parts.push(s);
  }
  if (path.length > 8) parts.push('…');
  return parts.join('.') || '(root)';
}

/** The first issue of a failed check, as a loader's message. */
export const shapeMessage = (iss: IssueLike): string =>
  `replay invalid at ${pathText(iss.path ?? [])}: ${issueText(iss)}`;

/**
 * A frozen release's own "replay invalid at PATH: MESSAGE", made safe: its message was written by
 * `issueText` (through the validator's configuration, zodMessages.ts), and its path, joined with
 * dots from the file's keys, is read again word by word.
 */
export function safeShapeMessage(error: string): string {
  if (!error.startsWith('replay invalid at ')) return error;
  const m = /^replay invalid at ([\s\S]*): ([^:]*)$/.exec(error);
  if (!m) return 'replay invalid: a field is not what the format allows';
  const segments = m[1] === '(root)' ? [] : m[1]!.split('.').map((s) => (/^\d{1,7}$/.test(s) ? Number(s) : s));
  const known = KNOWN_TEXTS.has(m[2]!) || /^(expected|at most|at least) /.test(m[2]!);
  return `replay invalid at ${pathText(segments)}: ${known ? m[2]! : 'not valid'}`;
}

const KNOWN_TEXTS = new Set([
  'a value of the wrong kind',
  'too big',
  'too small',
  'not in the form this field has',
  'not in the expected form',
  'not a multiple of what it must be',
  'a field this format does not have',
  'not any of the shapes this field may have',
  'a key that is not allowed here',
  'an item that is not allowed here',
  'not one of the allowed values',
  'not valid',
]);

/** A JSON parser's complaint, as a message that repeats none of the text: where it stopped, at most. */
export function jsonSyntaxMessage(e: unknown, what = 'replay'): string {
  const at = /position (\d{1,9})/.exec(String((e as Error | null)?.message ?? ''));
  const end = /end of (JSON )?(data|input)/i.test(String((e as Error | null)?.message ?? ''));
  return `${what} is not valid JSON (${end ? 'it ends too soon' : at ? `at character ${Number(at[1]) + 1}` : 'it cannot be read'})`;
}
