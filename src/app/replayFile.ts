// Reading a replay from a file the player chose or dropped: refused unread when it is too big to
// be a replay, otherwise checked by the same loader as links and autosaves, in its own release.
import { openReplayText, type Opened } from '../release/load';
import { MAX_REPLAY_BYTES } from '../state/replays/replayFormat';

export async function readReplayFile(file: File): Promise<Opened> {
  if (file.size > MAX_REPLAY_BYTES) return { ok: false, error: 'it is larger than 1 MB: it is not a replay' };
  return openReplayText(await file.text());
}
