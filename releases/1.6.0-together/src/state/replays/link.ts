// Shareable links: a replay compressed into the URL fragment (lz-string), so a link carries the
// whole game and no server sees it. Decoding returns a result; every failure has its own message.
import LZString from 'lz-string';
import { MAX_REPLAY_BYTES, type ReplayShape as Replay } from './replayFormat';
import { unpackUriComponent } from './unpack';

const PREFIX = 'replay=';
/** Fragments longer than this are refused before decompressing (a replay is far smaller). */
export const MAX_FRAGMENT = 200_000;

export function replayFragment(replay: Replay): string {
  return `${PREFIX}${LZString.compressToEncodedURIComponent(JSON.stringify(replay))}`;
}

/** Whether a URL fragment (with or without '#') claims to carry a replay. */
export const isReplayFragment = (fragment: string): boolean => fragment.replace(/^#/, '').startsWith(PREFIX);

/**
 * The replay object a link carries, before any scenario's rules look at it. Decompression stops
 * at 1 MB of text, while it runs.
 */
export function unpackFragment(fragment: string): { ok: true; raw: unknown } | { ok: false; error: string } {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return { ok: false, error: 'this link carries no replay' };
  const data = body.slice(PREFIX.length);
  if (data.length === 0) return { ok: false, error: 'the link is cut off: it has no replay data' };
  if (data.length > MAX_FRAGMENT) return { ok: false, error: 'the link is too long to be a replay' };
  if (!/^[A-Za-z0-9+\-$]*$/.test(data))
    return { ok: false, error: 'the link is damaged: it has characters a replay link never has' };
  const u = unpackUriComponent(data, MAX_REPLAY_BYTES);
  if (!u.ok)
    return {
      ok: false,
      error:
        u.reason === 'too long'
          ? 'the link unpacks to more than 1 MB: it is not a replay'
          : 'the link is cut off or damaged: its replay cannot be unpacked',
    };
  try {
    return { ok: true, raw: JSON.parse(u.text) as unknown };
  } catch {
    return { ok: false, error: 'the link is cut off or damaged: its replay is not complete' };
  }
}
