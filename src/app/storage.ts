// Autosave in localStorage. Storage can be missing or full (private browsing, quota): then the
// game goes on unsaved, and says so, rather than failing.
const KEY = 'grand-coalition/autosave/v1';

export type SaveResult = { ok: true } | { ok: false; reason: string };

export function saveText(text: string): SaveResult {
  try {
    window.localStorage.setItem(KEY, text);
    return { ok: true };
  } catch (e) {
    const name = (e as DOMException)?.name;
    return {
      ok: false,
      reason: name === 'QuotaExceededError' ? 'storage is full' : 'storage is not available in this browser',
    };
  }
}

export function loadText(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

const UNREADABLE = 'grand-coalition/autosave/unreadable';

/**
 * Keeps an autosave this build cannot read (made by an older scenario, or damaged) before a new
 * game overwrites it, so it can still be downloaded and opened by the build that made it.
 */
export function stashUnreadable(text: string): void {
  try {
    window.localStorage.setItem(UNREADABLE, text);
  } catch {
    /* nowhere to keep it: the title page still offers the download first */
  }
}

export function loadUnreadable(): string | null {
  try {
    return window.localStorage.getItem(UNREADABLE);
  } catch {
    return null;
  }
}

export function clearSave(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    /* nothing to clear */
  }
}

const HISTORY = 'grand-coalition/history/v1';
const HISTORY_MAX = 20;

export interface HistoryEntry {
  hash: string;
  /** When it was kept, for the list; the browser's local date. */
  when: string;
  seed: number;
  outcome: string | null;
  meter: number;
  replay: unknown;
}

/** Finished (and set-aside unfinished) games, newest first. A damaged list reads as empty. */
export function loadHistory(): HistoryEntry[] {
  const text = (() => {
    try {
      return window.localStorage.getItem(HISTORY);
    } catch {
      return null;
    }
  })();
  if (!text) return [];
  try {
    const list = JSON.parse(text) as unknown;
    return Array.isArray(list)
      ? list.filter(
          (e): e is HistoryEntry => typeof e === 'object' && e !== null && typeof (e as HistoryEntry).hash === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export function addHistory(entry: HistoryEntry): SaveResult {
  const list = [entry, ...loadHistory().filter((e) => e.hash !== entry.hash)].slice(0, HISTORY_MAX);
  try {
    window.localStorage.setItem(HISTORY, JSON.stringify(list));
    return { ok: true };
  } catch {
    return { ok: false, reason: 'storage is full or not available' };
  }
}
