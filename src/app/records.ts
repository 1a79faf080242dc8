// The autosave and the list of games in the browser, for the flow (flow.ts): a game is saved after
// every move, kept in the list when it ends or is set aside, and an autosave this build cannot read
// is kept apart rather than overwritten unseen.
import type { Release, RunningGame } from '../release/types';
import type { Records } from './flow';
import { moment } from '../presentation/format';
import { addHistory, clearSave, loadText, saveText, stashUnreadable, type HistoryEntry } from './storage';

const entry = (game: RunningGame): HistoryEntry => {
  const s = game.summary();
  return {
    hash: s.hash,
    when: moment(new Date()),
    seed: s.seed,
    outcome: s.outcome,
    meter: s.meter,
    replay: game.replay(),
  };
};

/** The autosaved game, if any: its replay, or why this build cannot open it. */
export function savedGame(current: Release): { raw: unknown } | { error: string } | null {
  const text = loadText();
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: 'the autosave is damaged' };
  }
  const r = current.check(raw);
  return r.ok ? { raw } : { error: r.error };
}

export function browserRecords(current: Release): Records {
  return {
    save: (game) => {
      const r = saveText(JSON.stringify(game.replay()));
      return r.ok ? null : r.reason;
    },
    keep: (game) => {
      const r = addHistory(entry(game));
      return r.ok ? null : r.reason;
    },
    setAside: (game) => {
      if (game) {
        if (game.phase() !== 'debrief' && game.replay().actions.length) addHistory(entry(game));
        return;
      }
      const saved = savedGame(current);
      if (saved && 'error' in saved) {
        const text = loadText();
        if (text !== null) stashUnreadable(text);
        return;
      }
      if (!saved) return;
      const r = current.check(saved.raw);
      if (!r.ok || !r.checked.replay.actions.length || r.checked.summary.outcome) return;
      const s = r.checked.summary;
      addHistory({
        hash: s.hash,
        when: moment(new Date()),
        seed: s.seed,
        outcome: s.outcome,
        meter: s.meter,
        replay: r.checked.replay,
      });
    },
    forget: () => clearSave(),
  };
}
