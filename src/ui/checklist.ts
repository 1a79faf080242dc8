// The goal in sight: every win condition of the player's role, met or not in words and a shape
// (never colour alone), with where it stands now and what is missing.
import type { GameView } from '../state/view';
import { t } from '../i18n';
import { h } from './dom';
import { write } from './said';
import type { Glosser } from './links';

type Item = GameView['checklist']['items'][number];

function item(x: Item, g: Glosser | null, compact: boolean): HTMLElement {
  const text = (s: string) => (g ? g.text(s) : [s]);
  return h(
    'li',
    { class: `goal-item ${x.met ? 'met' : 'missed'}`, 'data-goal': x.id },
    h('span', { class: 'goal-mark', 'aria-hidden': 'true' }, x.met ? '\u2714' : '\u2716'),
    h('strong', {}, t(x.met ? 'checklist.met' : 'checklist.notYet')),
    ...text(x.said ? write(x.said.label) : x.label),
    h('span', { class: 'goal-now' }, ` \u2014 ${x.said ? write(x.said.now) : x.now}`),
    compact
      ? null
      : h(
          'div',
          { class: 'goal-detail small' },
          x.missing ? h('p', { class: 'goal-missing' }, t('checklist.missing'), ...text(x.missing)) : null,
          h('p', { class: 'goal-rule' }, ...text(x.rule)),
        ),
  );
}

/**
 * The checklist. Compact (the meter panel): one line each, the details a click away. Full (the
 * briefing, the debrief): what is missing and the rule under each condition.
 */
export function renderChecklist(v: GameView, g: Glosser | null, compact = false): HTMLElement {
  const head = t('checklist.head', { met: v.checklist.met, total: v.checklist.total });
  const list = h(
    'ul',
    { class: 'goal-list', 'aria-label': t('checklist.list') },
    ...v.checklist.items.map((x) => item(x, g, compact)),
  );
  if (!compact) return h('section', { class: 'goal', 'aria-label': t('checklist.full') }, h('h3', {}, head), list);
  return h(
    'section',
    // Named apart from the briefing's full checklist, which is on screen beside it.
    { class: 'goal compact', 'aria-label': t('checklist.compact') },
    h('h3', { id: 'goal-head' }, head),
    list,
    h(
      'details',
      { class: 'goal-more' },
      h('summary', {}, t('checklist.more')),
      h('ul', { class: 'goal-list' }, ...v.checklist.items.filter((x) => !x.met).map((x) => item(x, g, false))),
    ),
  );
}
