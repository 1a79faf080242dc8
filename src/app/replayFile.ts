// Reading a replay from a file the player chose or dropped: refused unread when it is too big to
// be a replay, otherwise checked by the same loader as links and autosaves.
import type { Scenario } from '../data/schema';
import { loadReplay, MAX_REPLAY_BYTES, type ReplayResult } from '../state/replay';

export async function readReplayFile(file: File, scenario: Scenario): Promise<ReplayResult> {
  if (file.size > MAX_REPLAY_BYTES) return { ok: false, error: 'it is larger than 1 MB: it is not a replay' };
  return loadReplay(await file.text(), scenario);
}
