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
    return { ok: false, reason: name === 'QuotaExceededError' ? 'storage is full' : 'storage is not available in this browser' };
  }
}

export function loadText(): string | null {
  try {
    return window.localStorage.getItem(KEY);
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
