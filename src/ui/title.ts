// The title menu: new game, continue, load a replay file.
import type { Difficulty } from '../state/view/api';
import { t } from '../i18n';
import { byId, clear, h, put } from './dom';
import { languageSwitch } from './language';

/** The title page's own controls: drawn once, and usable before the page's code has loaded (src/app/titleShell.ts). */
export interface TitleForm {
  newGame: (seed: number, role: string, difficulty: Difficulty) => void;
  roles: { actor: string; name: string; tagline: string }[];
  /** The difficulty levels, normal among them, in the order they are offered. */
  levels: { id: Difficulty; label: string; short: string; explain: string }[];
  loadFile: (file: File) => void;
  suggestedSeed: number;
}

/** What the title page says about this browser's games: filled in once the store has been read. */
export interface TitleShelf {
  continueGame: (() => void) | null;
  savedProblem: string | null;
  /** Saved games this build cannot read, kept aside: each can be downloaded, so none is lost. */
  setAside: { label: string; download: () => void }[];
  /** Downloads every stored game as one zip of replay files. */
  downloadAll: (() => void) | null;
  /** Why games are not being saved in this browser, if they are not. */
  storageProblem: string | null;
  /** Where games are kept when it is not the browser's database, and what was moved back into it. */
  storageNote?: string | null;
  /** Why the last replay, link or file could not be opened, if it could not. */
  problem: string | null;
  history: { label: string; action: 'watch' | 'continue'; open: () => void }[];
}

/** Whether the title page's form is on screen (another screen replaces it). */
export const titleShown = (): boolean => document.getElementById('title-form') !== null;

/** What the player chose in the form so far (kept when the page is drawn again in another language). */
function chosen(): { role: string | null; level: string | null; seed: string | null } {
  const value = (sel: string) => (document.querySelector(sel) as HTMLInputElement | null)?.value ?? null;
  return {
    role: value('#title-form input[name="role"]:checked'),
    level: value('#title-form input[name="difficulty"]:checked'),
    seed: value('#title-form #seed'),
  };
}

/** Draws the title page with its shelves empty: renderTitleShelf fills them. */
export function renderTitle(a: TitleForm): void {
  const root = byId('panel');
  const kept = chosen();
  clear(root);
  const seed = h('input', {
    id: 'seed',
    type: 'number',
    min: 0,
    max: 4294967295,
    step: 1,
    value: kept.seed ?? a.suggestedSeed,
    inputmode: 'numeric',
  });
  const file = h('input', { id: 'replay-file', type: 'file', accept: '.json,application/json' });
  file.addEventListener('change', () => file.files?.[0] && a.loadFile(file.files[0]));
  put(
    root,
    h('h2', {}, t('title.heading')),
    h('p', {}, t('title.intro')),
    languageSwitch('lang-title'),
    // Busy until the saved games have been read (renderTitleShelf).
    h('div', { id: 'title-resume', class: 'stack', 'aria-busy': 'true' }),
    h(
      'form',
      {
        id: 'title-form',
        class: 'stack',
        onsubmit: (e: Event) => {
          e.preventDefault();
          const n = Number(seed.value);
          const role =
            (document.querySelector('input[name="role"]:checked') as HTMLInputElement | null)?.value ??
            a.roles[0]!.actor;
          const level = ((document.querySelector('input[name="difficulty"]:checked') as HTMLInputElement | null)
            ?.value ?? 'normal') as Difficulty;
          if (Number.isInteger(n) && n >= 0 && n <= 4294967295) a.newGame(n, role, level);
          else byId('seed-error').textContent = t('title.seedError');
        },
      },
      h(
        'div',
        { class: 'choices' },
        h(
          'fieldset',
          { class: 'roles' },
          h('legend', {}, t('title.youLead')),
          ...a.roles.map((r, i) =>
            h(
              'div',
              { class: 'kind-option' },
              h('input', {
                type: 'radio',
                name: 'role',
                id: `role-${r.actor}`,
                value: r.actor,
                checked: kept.role ? r.actor === kept.role : i === 0,
              }),
              h(
                'label',
                { for: `role-${r.actor}` },
                h('strong', {}, r.name),
                h('span', { class: 'small' }, t('title.tagline', { tagline: r.tagline })),
              ),
            ),
          ),
        ),
        h(
          'fieldset',
          { class: 'roles' },
          h('legend', {}, t('title.difficulty')),
          ...a.levels.map(({ id: d, label, short, explain }) =>
            h(
              'div',
              { class: 'kind-option' },
              h('input', {
                type: 'radio',
                name: 'difficulty',
                id: `difficulty-${d}`,
                value: d,
                checked: d === (kept.level ?? 'normal'),
                'aria-describedby': `difficulty-${d}-more`,
              }),
              h(
                'label',
                { for: `difficulty-${d}` },
                h('strong', {}, label),
                h('span', { class: 'small' }, `: ${short}`),
              ),
              h('span', { id: `difficulty-${d}-more`, class: 'sr-only' }, explain),
            ),
          ),
        ),
      ),
      h(
        'details',
        { class: 'small' },
        h('summary', {}, t('title.levelsChange')),
        h('ul', {}, ...a.levels.map((l) => h('li', {}, t('title.levelLine', { label: l.label, explain: l.explain })))),
      ),
      h('label', { for: 'seed' }, t('title.seed')),
      seed,
      h('p', { id: 'seed-error', class: 'warn', role: 'alert' }),
      // elementtiming: `npm run bench:web` reads when the button is first painted (Element Timing).
      h('button', { id: 'new-game', type: 'submit', class: 'primary', elementtiming: 'new-game' }, t('title.newGame')),
    ),
    h(
      'div',
      { class: 'stack' },
      h('label', { for: 'replay-file' }, t('title.openFile')),
      file,
      h('p', { id: 'load-error', class: 'warn', role: 'alert' }),
    ),
    h(
      'p',
      { class: 'small' },
      // A new document (the query), so the page starts as the game played together (src/boot.ts).
      h('a', { href: '?together#together', id: 'together-link' }, t('title.together')),
      t('title.togetherMore'),
    ),
    h('div', { id: 'title-history', class: 'stack', 'aria-busy': 'true' }),
    h('p', { class: 'small' }, t('title.sources')),
  );
}

/** Fills the title page's shelves: the game to continue and any problems above the form, the list below. */
export function renderTitleShelf(a: TitleShelf): void {
  const resume = document.getElementById('title-resume');
  const list = document.getElementById('title-history');
  if (!resume || !list) return;
  resume.removeAttribute('aria-busy');
  list.removeAttribute('aria-busy');
  clear(resume);
  put(
    resume,
    a.continueGame
      ? h('button', { id: 'continue', class: 'primary', onclick: a.continueGame }, t('title.continue'))
      : null,
    a.savedProblem
      ? h('p', { class: 'warn', role: 'status' }, t('title.autosaveProblem', { problem: a.savedProblem }))
      : null,
    a.storageProblem
      ? h(
          'p',
          { class: 'warn', role: 'status', id: 'storage-problem' },
          t('title.storageProblem', { problem: a.storageProblem }),
        )
      : null,
    a.storageNote ? h('p', { class: 'small', role: 'status', id: 'storage-note' }, a.storageNote) : null,
    a.setAside.length
      ? h(
          'div',
          { class: 'warn', id: 'set-aside' },
          h('p', {}, t('title.setAside', { n: a.setAside.length })),
          h(
            'ul',
            {},
            ...a.setAside.map((x, i) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { id: i === 0 ? 'download-unreadable' : `download-aside-${i}`, type: 'button', onclick: x.download },
                  t('title.download'),
                ),
                ` ${x.label}`,
              ),
            ),
          ),
        )
      : null,
  );
  // With a game to continue, "Continue" is the page's first choice and "New game" the second.
  byId('new-game').classList.toggle('primary', !a.continueGame);
  byId('load-error').textContent = a.problem ?? '';
  clear(list);
  put(
    list,
    a.history.length ? h('h3', {}, t('title.yourGames')) : null,
    a.history.length
      ? h(
          'ul',
          { class: 'history-list' },
          ...a.history.map((g, i) =>
            h(
              'li',
              {},
              h(
                'button',
                { id: `history-${i}`, onclick: g.open },
                t(g.action === 'watch' ? 'title.watch' : 'title.continueOne'),
              ),
              ` ${g.label}`,
            ),
          ),
        )
      : null,
    a.downloadAll
      ? h('button', { id: 'download-all', type: 'button', onclick: a.downloadAll }, t('title.downloadAll'))
      : null,
  );
}
