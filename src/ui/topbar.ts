import type { GameView } from '../state/view';
import { byId, clear, h, put } from './dom';
import { openLibrary, type LibraryTarget } from './links';
import { dayDate } from '../presentation/format';

/** The reading room's doors, always in the top bar: drawn once, so focus survives game updates. */
export function renderLibraryNav(pages: Partial<Record<LibraryTarget['kind'], string>>): void {
  byId('library-nav').replaceChildren(
    ...(Object.entries(pages) as [LibraryTarget['kind'], string][]).map(([kind, label]) =>
      h('button', { type: 'button', id: `open-${kind}`, class: 'nav', onclick: () => openLibrary({ kind }) }, label),
    ),
  );
}

export function renderTopbar(
  v: GameView | null,
  saveProblem: string | null,
  fingerprint: string | null = null,
  /** Said while a game of an earlier scenario release is played or watched. */
  versionNote: string | null = null,
): void {
  const root = byId('topbar');
  clear(root);
  if (v) {
    put(
      root,
      h('p', { class: 'status' }, `Round ${v.round + 1} of ${v.rounds} · ${dayDate(v.date)} · ${v.difficulty}`),
      v.phase === 'diplomacy' ? h('p', { class: 'status', id: 'ap' }, `Action points: ${v.ap} of ${v.apMax}`) : null,
      // The game's fingerprint: groups who made the same moves from the same seed see the same one.
      fingerprint
        ? h(
            'p',
            { class: 'status small', id: 'fingerprint', 'data-hash': fingerprint, title: fingerprint },
            `Fingerprint ${fingerprint.slice(0, 8)}`,
          )
        : null,
    );
  }
  if (versionNote) put(root, h('p', { class: 'small', id: 'version-note' }, versionNote));
  if (saveProblem)
    put(
      root,
      h(
        'p',
        { class: 'warn', role: 'status' },
        `Not saving: ${saveProblem}. Your game goes on; export the replay to keep it.`,
      ),
    );
}
