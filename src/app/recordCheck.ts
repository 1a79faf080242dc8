// The shape of one stored game (src/app/gameStore.ts), checked field by field on every read, in
// plain code: no validator chunk to load, so a page whose chunks went with an update still lists
// its games. A record that fails is set aside with the first field that is wrong, never fatal; every
// value the list, the labels and the zip's entry names read has passed its check here.
import { echo } from '../state/view/echo';

export interface GameRecord {
  id: string;
  status: 'playing' | 'finished';
  /** When it was last saved (ISO time), for the order of the list. */
  updated: string;
  version: string;
  seed: number;
  role: string;
  outcome: string | null;
  meter: number;
  /** The game as a replay object; its rules check it again when it is opened. */
  replay: { format: string; scenario: { version: string; [k: string]: unknown }; [k: string]: unknown };
}

export type RecordCheck = { ok: true; record: GameRecord } | { ok: false; reason: string };

const ID = /^[A-Za-z0-9-]{1,64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;
const ROLE = /^[A-Z]{2,8}$/;
const OUTCOME = /^[a-z_]{1,40}$/;
const FIELDS = ['id', 'status', 'updated', 'version', 'seed', 'role', 'outcome', 'meter', 'replay'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether an ISO time is a real one (2026-02-30 is not). */
const isTime = (s: string): boolean => ISO.test(s) && new Date(s).toISOString().slice(0, 10) === s.slice(0, 10);

/** Why field `k` of a record is wrong, or null: what the field must be, in the game's words. */
function fieldProblem(k: (typeof FIELDS)[number], v: unknown): string | null {
  switch (k) {
    case 'id':
      return typeof v === 'string' && ID.test(v) ? null : 'a game id (letters, digits and dashes)';
    case 'status':
      return v === 'playing' || v === 'finished' ? null : '"playing" or "finished"';
    case 'updated':
      return typeof v === 'string' && isTime(v) ? null : 'a date and time';
    case 'version':
      return typeof v === 'string' && VERSION.test(v) ? null : 'a scenario version such as 1.2.0';
    case 'seed':
      return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 4294967295
        ? null
        : 'a seed from 0 to 4294967295';
    case 'role':
      return typeof v === 'string' && ROLE.test(v) ? null : 'a capital such as FRA';
    case 'outcome':
      return v === null || (typeof v === 'string' && OUTCOME.test(v)) ? null : 'an outcome or null';
    case 'meter':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100 ? null : 'a meter from 0 to 100';
    case 'replay':
      return isObject(v) &&
        typeof v.format === 'string' &&
        isObject(v.scenario) &&
        typeof v.scenario.version === 'string'
        ? null
        : 'a replay';
  }
}

/** A stored value under `key`: a game record whose every field is what it should be, or why not. */
export function checkRecord(key: string, v: unknown): RecordCheck {
  if (!isObject(v)) return { ok: false, reason: 'it is not a game record' };
  for (const k of FIELDS) {
    if (!Object.hasOwn(v, k)) return { ok: false, reason: `it is not a game record (no field "${k}")` };
    const p = fieldProblem(k, v[k]);
    if (p) return { ok: false, reason: `its field "${k}" is not ${p} (found ${echo(v[k])})` };
  }
  const extra = Object.keys(v).filter((k) => !(FIELDS as readonly string[]).includes(k)).length;
  if (extra)
    return { ok: false, reason: `it has ${extra === 1 ? 'a field' : `${extra} fields`} a game record does not have` };
  if (v.id !== key) return { ok: false, reason: 'its key does not match' };
  return { ok: true, record: v as unknown as GameRecord };
}

/** The moves a stored value's replay holds, or null if it holds none that can be read. */
export function movesOf(v: unknown): unknown[] | null {
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return null;
    }
  }
  const replay = isObject(v) ? v.replay : null;
  return isObject(replay) && Array.isArray(replay.actions) ? replay.actions : null;
}

/** Whether every move of `before` is the same move at the same place in `after`. */
export function isPrefix(before: unknown[], after: unknown[]): boolean {
  return before.length <= after.length && before.every((a, i) => JSON.stringify(a) === JSON.stringify(after[i]));
}
