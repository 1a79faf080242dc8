// The replay viewer: step round by round, jump to a round, and take over from any round.
import type { ReplayRoundView } from '../state/view';
import { byId, clear, h, put } from './dom';
import { shareControls } from './share';
import { dayDate, points } from '../presentation/format';

export interface ViewerHooks {
  go: (round: number) => void;
  takeOver: (round: number) => void;
  share: () => string;
  close: () => void;
}

export function renderViewer(
  v: ReplayRoundView,
  seed: number,
  lastRound: number,
  hooks: ViewerHooks,
  /** Said when the replay comes from an earlier release of the scenario. */
  versionNote: string | null = null,
): void {
  const root = byId('panel');
  clear(root);
  const jump = h(
    'select',
    { id: 'jump' },
    ...Array.from({ length: lastRound + 1 }, (_, i) =>
      h('option', { value: i, selected: i === v.round }, `Round ${i + 1}`),
    ),
  );
  jump.addEventListener('change', () => hooks.go(Number(jump.value)));
  put(
    root,
    h('h2', { id: 'viewer-title' }, `Replay · seed ${seed} · round ${v.round + 1} of ${v.rounds} (${dayDate(v.date)})`),
    versionNote ? h('p', { id: 'viewer-version', class: 'small' }, versionNote) : null,
    h(
      'div',
      { class: 'row' },
      h('button', { id: 'prev', disabled: v.round === 0, onclick: () => hooks.go(v.round - 1) }, '◀ Previous round'),
      h('button', { id: 'next', disabled: v.round >= lastRound, onclick: () => hooks.go(v.round + 1) }, 'Next round ▶'),
      h('label', { for: 'jump', class: 'sr-only' }, 'Jump to a round'),
      jump,
    ),
    h(
      'p',
      {},
      `Meter at the start of the round: ${points(v.meterBefore)}${v.meterAfter !== null ? `; at its end: ${points(v.meterAfter)}` : ' (the round was not finished)'}.`,
    ),
    h('h3', {}, 'Moves and answers'),
    v.answers.length
      ? h(
          'ol',
          {},
          ...v.answers.map((a) =>
            h('li', {}, h('strong', {}, `${a.action}: ${a.kind === 'statement' ? 'said' : a.kind}. `), a.text),
          ),
        )
      : h('p', { class: 'small' }, 'No moves this round.'),
    v.events.length ? h('h3', {}, 'Events') : null,
    v.events.length
      ? h('ul', {}, ...v.events.map((e) => h('li', {}, e.date ? `${dayDate(e.date)}: ${e.title}` : e.title)))
      : null,
    v.outcome ? h('p', {}, h('strong', {}, `Outcome: ${v.outcome.label}. `), v.outcome.meaning) : null,
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { id: 'take-over', class: 'primary', onclick: () => hooks.takeOver(v.round) },
        `Take over from round ${v.round + 1}`,
      ),
      h('button', { id: 'close-viewer', onclick: hooks.close }, 'Back to the title'),
    ),
    h(
      'p',
      { class: 'small' },
      'Taking over starts a new game from the start of this round, with the same seed: what would you have done differently? Your unfinished game, if any, is kept in the list on the title page.',
    ),
    ...shareControls('Copy a link to this replay', hooks.share),
  );
}
