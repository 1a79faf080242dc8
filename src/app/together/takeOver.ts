// Taking over one role of a game played together: the replay viewer (the one-player page) hands the
// checked replay, the role and the round to the page for games played together (a new document,
// `?together#together`) through this tab's session storage, which that page reads once and clears.
// Nothing else is written: the player's own game and the list of games are untouched.

const KEY = 'grand-coalition.take-over';

export interface TakeOver {
  /** The replay of the game played together, as checked by the viewer. */
  replay: unknown;
  role: string;
  /** The round (0-based) the role is taken over from. */
  round: number;
}

/** Hands a take-over to the next page: null, or why this browser cannot. */
export function passTakeOver(x: TakeOver, storage: () => Storage = () => sessionStorage): string | null {
  try {
    storage().setItem(KEY, JSON.stringify(x));
    return null;
  } catch (e) {
    return e instanceof Error ? e.name : 'unavailable';
  }
}

/** The take-over handed to this page, once (it is cleared as it is read); null when there is none. */
export function takeTakeOver(storage: () => Storage = () => sessionStorage): TakeOver | null {
  try {
    const s = storage();
    const text = s.getItem(KEY);
    if (text === null) return null;
    s.removeItem(KEY);
    const x = JSON.parse(text) as Partial<TakeOver>;
    if (typeof x.role !== 'string' || typeof x.round !== 'number') return null;
    return { replay: x.replay, role: x.role, round: x.round };
  } catch {
    return null;
  }
}
