// The debrief: outcome, where the game left the road of 2015 (the round, the move, the turning
// points, what 2015 would have needed), the meter round by round (a chart with a table beside it),
// what actually happened, and questions for class.
import type { GameView } from '../state/view';
import { meterChart } from './chart';
import { dayDate, points, shortDate as short } from '../presentation/format';
import { byId, clear, h, put } from './dom';
import { renderTerms } from './briefing';
import { t } from '../i18n';
import { Glosser, sourceLinks } from './links';
import { shareControls } from './share';
import { divergenceSection } from './divergenceView';
import { percent } from '../state/view/api';

export interface DebriefHooks {
  /** The replay's fingerprint: groups who played the same game see the same one. */
  hash: string;
  exportReplay: () => void;
  /** The link that carries this game. */
  share: () => string;
  newGame: () => void;
}

/** One line a round: the same move made twice reads "Call to Germany (twice)". */
function byDate(decisions: GameView['decisions']): { date: string; text: string }[] {
  const out: { date: string; moves: Map<string, number> }[] = [];
  for (const d of decisions) {
    let day = out[out.length - 1];
    if (!day || day.date !== d.date) out.push((day = { date: d.date, moves: new Map() }));
    day.moves.set(d.text, (day.moves.get(d.text) ?? 0) + 1);
  }
  const times = (n: number) => (n === 1 ? '' : n === 2 ? ' (twice)' : ` (${n} times)`);
  return out.map((d) => ({ date: d.date, text: [...d.moves].map(([t, n]) => `${t}${times(n)}`).join('; ') }));
}

export function renderDebrief(v: GameView, hooks: DebriefHooks): void {
  const root = byId('panel');
  clear(root);
  const g = new Glosser();
  const first = v.history[0]!.value;
  const last = v.history[v.history.length - 1]!.value;
  put(
    root,
    h(
      'p',
      { class: 'print-only print-head' },
      `Grand Coalition \u00b7 ${v.playerName} \u00b7 seed ${v.seed} \u00b7 ${v.difficulty} \u00b7 fingerprint ${hooks.hash.slice(0, 16)}`,
    ),
    h('h2', { id: 'outcome' }, `Outcome: ${v.outcome?.label ?? ''}`),
    h('p', {}, ...g.text(v.outcome?.meaning ?? '')),
    v.gaps.length
      ? h(
          'section',
          { class: 'gaps', 'aria-label': 'What a grand coalition lacked' },
          h('h3', {}, 'What a grand coalition lacked'),
          h('ul', {}, ...v.gaps.map((x) => h('li', {}, ...g.text(x)))),
        )
      : null,
    h('p', {}, h('strong', {}, 'Your goal was: '), ...g.text(v.goal)),
    renderTerms(v, g, t('debrief.terms')),
    h('p', {}, `Final meter ${points(v.meter.value)} of 100, deconfliction ${percent(v.meter.deconfliction)}.`),
    h(
      'div',
      { class: 'row no-print' },
      h('button', { id: 'print', type: 'button', onclick: () => window.print() }, 'Print this debrief (one page)'),
    ),
    divergenceSection(v, g, () =>
      v.decisions.length
        ? h(
            'ul',
            { class: 'decisions' },
            ...byDate(v.decisions).map((d) => h('li', {}, h('strong', {}, `${short(d.date)}: `), d.text)),
          )
        : h('p', {}, 'You made no move that was accepted.'),
    ),
    h(
      'section',
      { class: 'debrief-meter' },
      h('h3', {}, 'The meter, round by round'),
      h(
        'figure',
        { class: 'chart-box' },
        meterChart({
          title: 'Coalition meter through the game',
          summary: `From ${points(first)} at the start to ${points(last)} at the end.`,
          xLabels: v.history.map((p) => short(p.date)),
          series: [{ label: 'Meter', values: v.history.map((p) => p.value) }],
          thresholds: v.thresholds,
        }),
      ),
      h(
        'details',
        { class: 'no-print' },
        h('summary', {}, 'The same numbers as a table'),
        h(
          'table',
          { class: 'history' },
          h('caption', { class: 'sr-only' }, 'Coalition meter at the start and at the end of each round'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Round of'), h('th', { scope: 'col' }, 'Meter'))),
          h(
            'tbody',
            {},
            ...v.history.map((p) =>
              h('tr', {}, h('th', { scope: 'row' }, dayDate(p.date)), h('td', {}, points(p.value))),
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'debrief-record' },
      h('h3', {}, 'What actually happened'),
      h(
        'ol',
        { class: 'record' },
        ...v.record.map((r) =>
          h(
            'li',
            {},
            h('strong', {}, `${short(r.date)}: `),
            ...g.text(r.text),
            h('span', { class: 'small' }, ' (', ...sourceLinks(r.sources), ')'),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'debrief-questions' },
      h('h3', {}, 'For discussion'),
      h('ol', {}, ...v.questions.map((q) => h('li', {}, q))),
    ),
    h(
      'p',
      { class: 'small no-print' },
      'Game fingerprint (the same seed and moves always give the same one): ',
      h('code', { id: 'hash' }, hooks.hash),
    ),
    h(
      'div',
      { class: 'row no-print' },
      h('button', { id: 'export', onclick: hooks.exportReplay }, 'Download the replay'),
      h('button', { id: 'again', class: 'primary', onclick: hooks.newGame }, 'New game'),
    ),
    ...shareControls('Copy a link to this game', hooks.share),
  );
}
