// Reading a replay from a file the player chose or dropped: refused unread when it is too big to
// be a replay, otherwise decoded as the CLI decodes a file (its byte-order mark decides: UTF-8,
// UTF-16LE or UTF-16BE) and checked by the same loader as links and autosaves, in its own release
// (a game several human roles played together opens too).
import { openAnyBytes } from '../release/bytes';
import type { OpenedAny } from '../release/load';
import { MAX_REPLAY_BYTES } from '../state/replays/replayFormat';

export async function readReplayFile(file: Blob): Promise<OpenedAny> {
  if (file.size > MAX_REPLAY_BYTES) return { ok: false, error: 'it is larger than 1 MB: it is not a replay' };
  return openAnyBytes(new Uint8Array(await file.arrayBuffer()));
}
