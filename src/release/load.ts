// Opens a replay of any released scenario version: reads its header (format, scenario id and
// version), finds the rules of that version and lets them check the rest. Files, links, autosaves,
// the finished-games list, the class comparison and the CLI all come through here.
import { echo, echoText } from '../state/view/echo';
import { jsonSyntaxMessage, safeShapeMessage } from '../state/replays/messages';
import { unpackFragment } from '../state/replays/link';
import {
  MAX_REPLAY_BYTES,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  TOGETHER_FORMAT,
  TOGETHER_VERSION,
} from '../state/replays/replayFormat';
import { current, isKnownVersion, KNOWN_VERSIONS, releaseFor, togetherReleaseFor, variantsOf } from './registry';
import type { CheckedReplay, CheckedTogether, Release } from './types';

export type Opened = { ok: true; checked: CheckedReplay; release: Release } | { ok: false; error: string };
/** A replay of either kind: a one-player game, or a game several human roles played (`together`). */
export type OpenedAny =
  | { ok: true; checked: CheckedReplay; release: Release }
  | { ok: true; together: CheckedTogether; release: Release }
  | { ok: false; error: string };
export type Header = { ok: true; version: string } | { ok: false; error: string };

/** A leading byte-order mark is dropped, the same in the browser and the CLI. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Text to a JSON value, or why not: size first, then syntax. */
export function parseReplayText(text: string): { ok: true; raw: unknown } | { ok: false; error: string } {
  if (text.length > MAX_REPLAY_BYTES)
    return { ok: false, error: `replay is larger than 1 MB (${text.length} characters)` };
  try {
    return { ok: true, raw: JSON.parse(stripBom(text)) as unknown };
  } catch (e) {
    // The parser's own complaint quotes the text: only where it stopped is said.
    return { ok: false, error: jsonSyntaxMessage(e) };
  }
}

/** The header alone: is this a replay, of this game, of a scenario version this build knows? */
export function readHeader(raw: unknown): Header {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: 'replay must be a JSON object' };
  const head = raw as Record<string, unknown>;
  if (head.format === TOGETHER_FORMAT)
    return {
      ok: false,
      error:
        'this is a game several human roles played together: it opens in the replay viewer and the class comparison, not as a one-player game',
    };
  if (head.format !== REPLAY_FORMAT)
    return { ok: false, error: `not a Grand Coalition replay (format is ${echo(head.format)})` };
  return readVersions(head, REPLAY_VERSION);
}

/** The format's version, the scenario and its version: known to this build? */
function readVersions(head: Record<string, unknown>, newest: number): Header {
  const v = head.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    return { ok: false, error: `replay version ${echo(v)} is not a version number` };
  if (v > newest)
    return {
      ok: false,
      error: `replay version ${v} was made by a newer version of the game; this build reads versions up to ${newest}`,
    };
  const s = head.scenario;
  if (typeof s !== 'object' || s === null || Array.isArray(s))
    return { ok: false, error: `replay invalid at scenario: expected an object, found ${echo(s)}` };
  const { id, version } = s as Record<string, unknown>;
  if (id !== current.scenario.id)
    return { ok: false, error: `replay is for scenario ${echo(id)}, this build has "${current.scenario.id}"` };
  if (typeof version !== 'string')
    return { ok: false, error: `replay invalid at scenario.version: expected text, found ${echo(version)}` };
  if (!isKnownVersion(version))
    return {
      ok: false,
      error: `replay is for scenario version ${echo(version)}, which this build does not know (it has ${KNOWN_VERSIONS.join(', ')}): it was made by a newer version of the game`,
    };
  return { ok: true, version };
}

/** A replay object of any known version, checked by the rules of its own version. */
export async function openReplay(raw: unknown): Promise<Opened> {
  const h = readHeader(raw);
  if (!h.ok) return h;
  // The validator's messages in the game's words, for every release's rules (src/state/zodMessages.ts).
  const [release] = await Promise.all([releaseFor(h.version), import('../state/replays/zodMessages')]);
  if (!release) return { ok: false, error: `scenario version ${h.version} could not be loaded` };
  const r = release.check(raw);
  if (r.ok) return { ok: true, checked: r.checked, release };
  // Main shipped other rule sets under some versions (releases/VARIANTS.md): the one whose rules give
  // the file's moves its hash made it, and its rules play it on.
  // Only a hash or a move another rule set could explain: every variant's schema and roles are a part
  // of its release's (the release is the newest rule set of its version).
  const variants = /hash mismatch|\) is illegal/.test(r.error) ? variantsOf(h.version) : [];
  for (const v of variants) {
    const other = await v.load();
    const rv = other.check(raw);
    if (rv.ok) return { ok: true, checked: rv.checked, release: other };
  }
  // The rules of any release may repeat a value from the file (a key, an issue): a shape's path is
  // read again in the format's words, and everything is escaped and cut here.
  return {
    ok: false,
    error: echoText(unmatched(safeShapeMessage(r.error), h.version, variantsOf(h.version).length + 1), 300),
  };
}

/** A hash that no build of the version that reached main gives: a development build's, or an edited file. */
const unmatched = (error: string, version: string, builds: number): string =>
  error.replace(
    /\s*\(edited, or made by another build\)$/,
    ` (no build of scenario ${version} that reached main gives it${builds > 1 ? `, of ${builds} rule sets` : ''}: made by a development build, or edited)`,
  );

/**
 * A replay of either kind: a game played together is checked by the rules of its own scenario version
 * (releases from 1.7.0 keep what reads it); a one-player replay as openReplay checks it.
 */
export async function openAnyReplay(raw: unknown): Promise<OpenedAny> {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== TOGETHER_FORMAT
  )
    return openReplay(raw);
  const h = readVersions(raw as Record<string, unknown>, TOGETHER_VERSION);
  if (!h.ok) return h;
  const [release] = await Promise.all([togetherReleaseFor(h.version), import('../state/replays/zodMessages')]);
  if (!release) return { ok: false, error: `scenario version ${h.version} could not be loaded` };
  if (!release.checkTogether)
    return {
      ok: false,
      // Games played together reached main under 1.4.0 (88d3397); every version since keeps what reads them.
      error: `no build of scenario version ${h.version} played games together (they began with 1.4.0): made by a development build, or edited`,
    };
  const r = release.checkTogether(raw);
  if (r.ok) return { ok: true, together: r.checked, release };
  return { ok: false, error: echoText(safeShapeMessage(r.error), 300) };
}

export async function openAnyText(text: string): Promise<OpenedAny> {
  const p = parseReplayText(text);
  return p.ok ? openAnyReplay(p.raw) : p;
}

export async function openAnyFragment(fragment: string): Promise<OpenedAny> {
  const u = unpackFragment(fragment);
  return u.ok ? openAnyReplay(u.raw) : u;
}

export async function openReplayText(text: string): Promise<Opened> {
  const p = parseReplayText(text);
  return p.ok ? openReplay(p.raw) : p;
}

/** The replay a link's fragment (#replay=…) carries, in whichever release it was made. */
export async function openFragment(fragment: string): Promise<Opened> {
  const u = unpackFragment(fragment);
  return u.ok ? openReplay(u.raw) : u;
}
