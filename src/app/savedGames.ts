// The title page's view of the game store: what to continue, what to watch, what was set aside,
// the move from earlier builds' localStorage keys, and "download all" as one zip of replay files.
import { openReplayText } from '../release/load';
import { current } from '../release/registry';
import { moment } from '../presentation/format';
import { gameRecord, importLegacy, newGameId, type Describe, type GameRecord, type GameStore } from './gameStore';

/** A replay's text as a record, checked by the rules of its own release; otherwise kept aside. */
export const describeReplay: Describe = async (text, status) => {
  const r = await openReplayText(text);
  if (!r.ok) return { key: `legacy-${newGameId()}`, text, reason: r.error };
  // An earlier build's autosave stays the game to continue, even at its debrief, as it was there.
  return gameRecord(newGameId(), status, r.checked.summary, r.checked.replay);
};

export const importEarlierSaves = (store: GameStore): Promise<number> => {
  let ls: Storage | null;
  try {
    ls = window.localStorage;
  } catch {
    ls = null;
  }
  return importLegacy(store, ls, describeReplay);
};

export const recordLabel = (g: GameRecord): string =>
  [
    moment(new Date(g.updated)),
    g.version !== current.version ? `scenario ${g.version}` : null,
    `seed ${g.seed}`,
    current.scenario.roles.find((r) => r.actor === g.role)?.name ?? g.role,
    g.status === 'finished' ? `${(g.outcome ?? '').replace('_', ' ')} · meter ${g.meter.toFixed(1)}` : 'unfinished',
  ]
    .filter(Boolean)
    .join(' · ');

/** A record's label, or a plain one if anything in it cannot be written: every list item is drawn on its own. */
export const safeLabel = (g: GameRecord): string => {
  try {
    return recordLabel(g);
  } catch {
    return `a saved game (seed ${Number.isInteger(g.seed) ? g.seed : '?'})`;
  }
};

/** A key or value made safe for a file name: letters, digits and dashes, at most 60. */
export const fileSafe = (s: string): string =>
  String(s)
    .replace(/[^A-Za-z0-9-]/g, '_')
    .slice(0, 60) || 'game';

/** Every stored game (and every record set aside) as files in one zip, for the teacher or a backup. */
export async function zipAll(store: GameStore): Promise<Uint8Array> {
  // The zip code loads only when someone downloads (its own chunk).
  const [{ strToU8, zipSync }, { games, setAside }] = await Promise.all([import('fflate'), store.list()]);
  const files: Record<string, Uint8Array> = {};
  const name = (base: string) => {
    let n = base;
    for (let i = 2; files[`${n}.json`]; i++) n = `${base}-${i}`;
    return `${n}.json`;
  };
  // Entry names from checked values only (recordCheck.ts), and made file-safe again besides.
  for (const g of games)
    files[name(fileSafe(`grand-coalition-${g.updated.slice(0, 10)}-seed-${g.seed}-${g.role}-${g.status}`))] = strToU8(
      JSON.stringify(g.replay),
    );
  for (const s of setAside) files[name(`set-aside/${fileSafe(s.key)}`)] = strToU8(s.text);
  return zipSync(files, { level: 6 });
}
