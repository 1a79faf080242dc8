// Shareable links: a replay compressed into the URL fragment (lz-string), so a link carries the
// whole game and no server sees it. Decoding returns a result; every failure has its own message.
import LZString from 'lz-string';
import type { Scenario } from '../data/schema';
import { checkReplay, MAX_REPLAY_BYTES, type ReplayResult, type Replay } from './replay';

const PREFIX = 'replay=';
/** Fragments longer than this are refused before decompressing (a replay is far smaller). */
const MAX_FRAGMENT = 200_000;

export function replayFragment(replay: Replay): string {
  return `${PREFIX}${LZString.compressToEncodedURIComponent(JSON.stringify(replay))}`;
}

/** Whether a URL fragment (with or without '#') claims to carry a replay. */
export const isReplayFragment = (fragment: string): boolean => fragment.replace(/^#/, '').startsWith(PREFIX);

export function replayFromFragment(fragment: string, scenario: Scenario): ReplayResult {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return { ok: false, error: 'this link carries no replay' };
  const data = body.slice(PREFIX.length);
  if (data.length === 0) return { ok: false, error: 'the link is cut off: it has no replay data' };
  if (data.length > MAX_FRAGMENT) return { ok: false, error: 'the link is too long to be a replay' };
  if (!/^[A-Za-z0-9+\-$]*$/.test(data)) return { ok: false, error: 'the link is damaged: it has characters a replay link never has' };
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(data);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, error: 'the link is cut off or damaged: its replay cannot be unpacked' };
  if (text.length > MAX_REPLAY_BYTES) return { ok: false, error: 'the link unpacks to more than 1 MB: it is not a replay' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the link is cut off or damaged: its replay is not complete' };
  }
  return checkReplay(raw, scenario);
}
