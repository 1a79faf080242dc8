import type { GameView } from '../state/view';
import { byId, clear, h, put } from './dom';
import { openLibrary, type LibraryTarget } from './links';
import { dayDate } from '../presentation/format';
import { t } from '../i18n';
import { languageSwitch } from './language';
import { difficultyText } from './difficulty';

/**
 * The reading room's doors and the language switch, always in the top bar: drawn once (and again
 * when the language changes), so focus survives game updates.
 */
export function renderLibraryNav(pages: Partial<Record<LibraryTarget['kind'], string>>): void {
  byId('library-nav').replaceChildren(
    ...(Object.entries(pages) as [LibraryTarget['kind'], string][]).map(([kind, label]) =>
      h('button', { type: 'button', id: `open-${kind}`, class: 'nav', onclick: () => openLibrary({ kind }) }, label),
    ),
    languageSwitch('lang-top'),
  );
}

/** What the top bar may also carry: the game's download, where saves go, and news for the player. */
export interface TopbarExtra {
  /** Downloads the game on screen as a replay file: always in reach while a game is played. */
  download?: (() => void) | null;
  /** Where games are kept when it is not the browser's database (local storage, or nowhere). */
  storageNote?: string | null;
  /** News about this game's saves (another tab played it on). */
  notice?: string | null;
  /** Why a replay or link asked for just now could not be opened (the game is left as it was). */
  problem?: string | null;
}

export function renderTopbar(
  v: GameView | null,
  saveProblem: string | null,
  fingerprint: string | null = null,
  /** Said while a game of an earlier scenario release is played or watched. */
  versionNote: string | null = null,
  extra: TopbarExtra = {},
): void {
  const root = byId('topbar');
  clear(root);
  if (v) {
    put(
      root,
      h(
        'p',
        { class: 'status' },
        t('topbar.round', {
          round: v.round + 1,
          rounds: v.rounds,
          date: dayDate(v.date),
          difficulty: difficultyText(v.difficulty).label,
        }),
      ),
      v.phase === 'diplomacy'
        ? h('p', { class: 'status', id: 'ap' }, t('topbar.ap', { ap: v.ap, max: v.apMax }))
        : null,
      // The game's fingerprint: groups who made the same moves from the same seed see the same one.
      fingerprint
        ? h(
            'p',
            { class: 'status small', id: 'fingerprint', 'data-hash': fingerprint, title: fingerprint },
            t('topbar.fingerprint', { hash: fingerprint.slice(0, 8) }),
          )
        : null,
    );
  }
  if (extra.download)
    put(
      root,
      h(
        'p',
        { class: 'status' },
        h('button', { type: 'button', id: 'download-game', onclick: extra.download }, t('topbar.download')),
      ),
    );
  if (versionNote) put(root, h('p', { class: 'small', id: 'version-note' }, versionNote));
  if (extra.problem) put(root, h('p', { class: 'warn', id: 'open-problem', role: 'alert' }, extra.problem));
  if (extra.notice) put(root, h('p', { class: 'warn', id: 'save-notice', role: 'status' }, extra.notice));
  if (saveProblem)
    put(
      root,
      h(
        'p',
        { class: 'warn', role: 'status', id: 'save-problem' },
        t(extra.download ? 'topbar.notSavingDownload' : 'topbar.notSaving', { problem: saveProblem }),
      ),
    );
  else if (extra.storageNote)
    put(root, h('p', { class: 'small', id: 'storage-note', role: 'status' }, extra.storageNote));
}
