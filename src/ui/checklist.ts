// The goal in sight: every win condition of the player's role, met or not in words and a shape
// (never colour alone), with where it stands now and what is missing.
import type { GameView } from '../state/view';
import { h } from './dom';
import type { Glosser } from './links';

type Item = GameView['checklist']['items'][number];

function item(x: Item, g: Glosser | null, compact: boolean): HTMLElement {
  const text = (s: string) => (g ? g.text(s) : [s]);
  return h(
    'li',
    { class: `goal-item ${x.met ? 'met' : 'missed'}`, 'data-goal': x.id },
    h('span', { class: 'goal-mark', 'aria-hidden': 'true' }, x.met ? '\u2714' : '\u2716'),
    h('strong', {}, x.met ? 'Met: ' : 'Not yet: '),
    ...text(x.label),
    h('span', { class: 'goal-now' }, ` \u2014 ${x.now}`),
    compact
      ? null
      : h(
          'div',
          { class: 'goal-detail small' },
          x.missing ? h('p', { class: 'goal-missing' }, 'Missing: ', ...text(x.missing)) : null,
          h('p', { class: 'goal-rule' }, ...text(x.rule)),
        ),
  );
}

/**
 * The checklist. Compact (the meter panel): one line each, the details a click away. Full (the
 * briefing, the debrief): what is missing and the rule under each condition.
 */
export function renderChecklist(v: GameView, g: Glosser | null, compact = false): HTMLElement {
  const head = `Your goal: ${v.checklist.met} of ${v.checklist.total} conditions met`;
  const list = h(
    'ul',
    { class: 'goal-list', 'aria-label': 'Conditions for a grand coalition' },
    ...v.checklist.items.map((x) => item(x, g, compact)),
  );
  if (!compact)
    return h('section', { class: 'goal', 'aria-label': 'Your goal, condition by condition' }, h('h3', {}, head), list);
  return h(
    'section',
    // Named apart from the briefing's full checklist, which is on screen beside it.
    { class: 'goal compact', 'aria-label': 'Your goal at a glance' },
    h('h3', { id: 'goal-head' }, head),
    list,
    h(
      'details',
      { class: 'goal-more' },
      h('summary', {}, 'What is missing, and the rules'),
      h('ul', { class: 'goal-list' }, ...v.checklist.items.filter((x) => !x.met).map((x) => item(x, g, false))),
    ),
  );
}
