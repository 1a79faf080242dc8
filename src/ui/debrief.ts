// The debrief: outcome, where the game left the road of 2015 (the round, the move, the turning
// points, what 2015 would have needed), the meter round by round (a chart with a table beside it),
// what actually happened, and questions for class.
import type { GameView } from '../state/view';
import { meterChart } from './chart';
import { dayDate, points, share, shortDate as short } from '../presentation/format';
import { byId, clear, h, put } from './dom';
import { renderTerms } from './briefing';
import { actorName, dataText, outcomeLabel, roleGoal, t } from '../i18n';
import { write } from './said';
import { difficultyText } from './difficulty';
import type { MeterThreshold } from '../state/view';
import { Glosser, sourcesInParens } from './links';
import { shareControls } from './share';
import { divergenceSection } from './divergenceView';

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
    const text = d.said ? write(d.said) : d.text;
    day.moves.set(text, (day.moves.get(text) ?? 0) + 1);
  }
  const times = (n: number) => (n === 1 ? '' : n === 2 ? t('debrief.twice') : t('debrief.times', { n }));
  return out.map((d) => ({
    date: d.date,
    text: [...d.moves].map(([m, n]) => `${m}${times(n)}`).join(t('said.sep')),
  }));
}

/** The outcome bars' labels in the reader's language (a release before 1.7 gives its English ones). */
export const thresholdsText = (ts: MeterThreshold[]): MeterThreshold[] =>
  ts.map((x) =>
    x.outcome
      ? { ...x, label: t(x.outcome === 'grand_coalition' ? 'chart.needsGrand' : 'chart.needsParallel', { n: x.value }) }
      : x,
  );

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
      t('debrief.printHead', {
        player: actorName(v.player, v.playerName),
        seed: String(v.seed),
        difficulty: difficultyText(v.difficulty).label,
        hash: hooks.hash.slice(0, 16),
      }),
    ),
    h('h2', { id: 'outcome' }, t('debrief.outcome', { outcome: outcomeLabel(v.outcome?.label ?? '') })),
    h('p', {}, ...g.text(v.outcome?.said ? write(v.outcome.said) : (v.outcome?.meaning ?? ''))),
    v.gaps.length
      ? h(
          'section',
          { class: 'gaps', 'aria-label': t('debrief.lacked') },
          h('h3', {}, t('debrief.lacked')),
          h('ul', {}, ...(v.gapsSaid?.map(write) ?? v.gaps).map((x) => h('li', {}, ...g.text(x)))),
        )
      : null,
    h('p', {}, h('strong', {}, t('debrief.goalWas')), ...g.text(roleGoal(v.player, v.goal))),
    renderTerms(v, g, t('debrief.terms')),
    h('p', {}, t('debrief.final', { meter: points(v.meter.value), deconfliction: share(v.meter.deconfliction) })),
    h(
      'div',
      { class: 'row no-print' },
      h('button', { id: 'print', type: 'button', onclick: () => window.print() }, t('debrief.print')),
    ),
    divergenceSection(v, g, () =>
      v.decisions.length
        ? h(
            'ul',
            { class: 'decisions' },
            ...byDate(v.decisions).map((d) =>
              h('li', {}, h('strong', {}, t('debrief.day', { date: short(d.date) })), d.text),
            ),
          )
        : h('p', {}, t('debrief.noMove')),
    ),
    h(
      'section',
      { class: 'debrief-meter' },
      h('h3', {}, t('debrief.meterTitle')),
      h(
        'figure',
        { class: 'chart-box' },
        meterChart({
          title: t('debrief.chartTitle'),
          summary: t('debrief.chartSummary', { first: points(first), last: points(last) }),
          xLabels: v.history.map((p) => (p.date === 'start' ? t('chart.start') : short(p.date))),
          series: [{ label: t('debrief.chartSeries'), values: v.history.map((p) => p.value) }],
          thresholds: thresholdsText(v.thresholds),
        }),
      ),
      h(
        'details',
        { class: 'no-print' },
        h('summary', {}, t('debrief.table')),
        h(
          'table',
          { class: 'history' },
          h('caption', { class: 'sr-only' }, t('debrief.tableCaption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('debrief.roundOf')),
              h('th', { scope: 'col' }, t('debrief.meterCol')),
            ),
          ),
          h(
            'tbody',
            {},
            ...v.history.map((p) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, p.date === 'start' ? t('chart.start') : dayDate(p.date)),
                h('td', {}, points(p.value)),
              ),
            ),
          ),
        ),
      ),
      departuresPart(v, g),
    ),
    h(
      'section',
      { class: 'debrief-record' },
      h('h3', {}, t('debrief.record')),
      h(
        'ol',
        { class: 'record' },
        ...v.record.map((r) =>
          h(
            'li',
            {},
            h('strong', {}, t('debrief.day', { date: short(r.date) })),
            ...g.text(dataText(r.text)),
            h('span', { class: 'small' }, ' ', ...sourcesInParens(r.sources)),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'debrief-questions' },
      h('h3', {}, t('debrief.discussion')),
      h('ol', {}, ...v.questions.map((q) => h('li', {}, dataText(q)))),
    ),
    h('p', { class: 'small no-print' }, t('debrief.fingerprint'), h('code', { id: 'hash' }, hooks.hash)),
    h(
      'div',
      { class: 'row no-print' },
      h('button', { id: 'export', onclick: hooks.exportReplay }, t('debrief.download')),
      h('button', { id: 'again', class: 'primary', onclick: hooks.newGame }, t('debrief.newGame')),
    ),
    ...shareControls(t('debrief.copyLink'), hooks.share),
  );
}

/** The members that left, under the chart whose dips they explain (none: nothing is shown). */
function departuresPart(v: GameView, g: Glosser): HTMLElement | null {
  const gone = v.departures ?? [];
  if (!gone.length) return null;
  return h(
    'div',
    { class: 'departures no-print' },
    h('h4', {}, t('debrief.leftTitle')),
    h(
      'ul',
      {},
      ...gone.map((d) =>
        h('li', {}, h('strong', {}, t('debrief.day', { date: short(d.date) })), ...g.text(write(d.said))),
      ),
    ),
  );
}
