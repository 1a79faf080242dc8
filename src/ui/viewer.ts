// The replay viewer: step round by round, jump to a round, and take over from any round.
import { write } from './said';
import type { ReplayRoundView } from '../state/view';
import { byId, clear, h, put } from './dom';
import { shareControls } from './share';
import { dayDate, points } from '../presentation/format';
import { dataText, outcomeLabel, t, type MessageId } from '../i18n';

const KINDS: Record<string, MessageId> = {
  statement: 'kind.said',
  call: 'kind.call',
  visit: 'kind.visit',
  proposal: 'kind.proposal',
  concession: 'kind.concession',
};
/** A move's kind in words (a kind without a word of its own shows as it is). */
const kindWord = (k: string): string => (KINDS[k] ? t(KINDS[k]) : k);

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
      h('option', { value: i, selected: i === v.round }, t('viewer.round', { round: i + 1 })),
    ),
  );
  jump.addEventListener('change', () => hooks.go(Number(jump.value)));
  put(
    root,
    h(
      'h2',
      { id: 'viewer-title' },
      t('viewer.title', { seed, round: v.round + 1, rounds: v.rounds, date: dayDate(v.date) }),
    ),
    versionNote ? h('p', { id: 'viewer-version', class: 'small' }, versionNote) : null,
    h(
      'div',
      { class: 'row' },
      h('button', { id: 'prev', disabled: v.round === 0, onclick: () => hooks.go(v.round - 1) }, t('viewer.prev')),
      h(
        'button',
        { id: 'next', disabled: v.round >= lastRound, onclick: () => hooks.go(v.round + 1) },
        t('viewer.next'),
      ),
      h('label', { for: 'jump', class: 'sr-only' }, t('viewer.jump')),
      jump,
    ),
    h(
      'p',
      {},
      v.meterAfter !== null
        ? t('viewer.meterEnd', { before: points(v.meterBefore), after: points(v.meterAfter) })
        : t('viewer.meterOpen', { before: points(v.meterBefore) }),
    ),
    h('h3', {}, t('viewer.moves')),
    v.answers.length
      ? h(
          'ol',
          {},
          ...v.answers.map((a) =>
            h(
              'li',
              {},
              h(
                'strong',
                {},
                t('viewer.move', { action: a.said ? write(a.said.action) : a.action, kind: kindWord(a.kind) }),
              ),
              a.said ? write(a.said.text) : a.text,
            ),
          ),
        )
      : h('p', { class: 'small' }, t('viewer.none')),
    v.events.length ? h('h3', {}, t('viewer.events')) : null,
    v.events.length
      ? h(
          'ul',
          {},
          ...v.events.map((e) =>
            h(
              'li',
              {},
              e.date
                ? t('viewer.event', { date: dayDate(e.date), title: e.said ? write(e.said) : dataText(e.title) })
                : dataText(e.title),
            ),
          ),
        )
      : null,
    v.outcome
      ? h(
          'p',
          {},
          h('strong', {}, t('viewer.outcome', { outcome: outcomeLabel(v.outcome.label) })),
          dataText(v.outcome.meaning),
        )
      : null,
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { id: 'take-over', class: 'primary', onclick: () => hooks.takeOver(v.round) },
        t('viewer.takeOver', { round: v.round + 1 }),
      ),
      h('button', { id: 'close-viewer', onclick: hooks.close }, t('viewer.close')),
    ),
    h('p', { class: 'small' }, t('viewer.explain')),
    ...shareControls(t('viewer.share'), hooks.share),
  );
}
