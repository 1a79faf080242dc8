// The round's briefing: each item told twice, as the news report frames it and as the opinion piece does.
import type { GameView } from '../state/view';
import { byId, clear, h, put } from './dom';
import { Glosser, sourceLinks } from './links';
import { dayDate } from '../presentation/format';

/**
 * The role's terms, each with where the line stands now, in words and not only colour. After the
 * first briefing they fold into one line that says how many are met; the list is a click away.
 */
export function renderTerms(v: GameView, g: Glosser, title: string, folded = false): HTMLElement {
  const list = h(
    'ul',
    {},
    ...v.terms.map((t) =>
      h(
        'li',
        { class: t.met ? 'met' : 'missed' },
        h('strong', {}, t.met ? 'Met' : 'Not met'),
        ` (line now ${t.line}): `,
        ...g.text(t.text),
        ' ',
        h('span', { class: 'term-why' }, ...g.text(t.why)),
        t.sources.length ? h('span', { class: 'small' }, ' ', ...sourceLinks(t.sources)) : null,
      ),
    ),
  );
  const met = v.terms.filter((t) => t.met).length;
  if (folded)
    return h('details', { class: 'terms' }, h('summary', {}, `${title}: ${met} of ${v.terms.length} met now`), list);
  return h('section', { class: 'terms', 'aria-label': title }, h('h3', {}, title), list);
}

export function renderBriefing(v: GameView, begin: () => void): void {
  const root = byId('panel');
  clear(root);
  const g = new Glosser();
  const items = v.briefing.length
    ? v.briefing
    : [
        {
          id: 'quiet',
          title: 'A quiet few days',
          framings: null,
          text: 'No major event changed the picture since the last round.',
          perspectives: [],
          sources: [],
        },
      ];
  put(
    root,
    h(
      'h2',
      { id: 'briefing-title' },
      v.round === 0 ? 'Briefing: what we know on 17 November' : `Briefing for ${dayDate(v.date)}`,
    ),
    v.round === 0 ? h('p', {}, h('strong', {}, 'Your goal: '), v.goal) : null,
    renderTerms(v, g, 'Your terms for a grand coalition', v.round > 0),
    h(
      'p',
      { class: 'small' },
      v.round === 0
        ? 'Each story as both articles told it: the Wall Street Journal\u2019s news report and Breitbart News\u2019s opinion piece. Same facts, different lenses: which one shapes your next move?'
        : 'What happened, in the game\u2019s own summary of the record, then how outlets of the time told it, each named with its country and date.',
    ),
    ...items.map((b) =>
      h(
        'article',
        { class: 'brief' },
        h('h3', {}, b.title),
        b.framings
          ? h(
              'div',
              { class: 'framings' },
              h(
                'section',
                { class: 'framing', 'aria-label': 'The Wall Street Journal (news report)' },
                h('h4', {}, 'The Wall Street Journal (news report)'),
                h('p', {}, ...g.text(b.framings.news)),
              ),
              h(
                'section',
                { class: 'framing opinion', 'aria-label': 'Breitbart News (opinion piece)' },
                h('h4', {}, 'Breitbart News (opinion piece)'),
                h('p', {}, ...g.text(b.framings.opinion)),
              ),
            )
          : h('p', { class: 'model-note' }, ...g.text(b.text ?? '')),
        b.perspectives?.length
          ? h(
              'ul',
              { class: 'perspectives', 'aria-label': 'How outlets of the time told it' },
              ...b.perspectives.map((p) =>
                h(
                  'li',
                  {},
                  h('strong', {}, `${p.outlet} (${p.country}, ${p.date}): `),
                  ...g.text(p.text),
                  ' ',
                  ...sourceLinks([p.ref]),
                ),
              ),
            )
          : null,
        b.sources.length ? h('p', { class: 'small' }, 'Sources: ', ...sourceLinks(b.sources)) : null,
      ),
    ),
    h('button', { id: 'begin', class: 'primary', onclick: begin }, 'Begin diplomacy'),
    h(
      'details',
      { class: 'calendar' },
      h('summary', {}, 'The calendar: what happened between 17 November and 31 December 2015'),
      h(
        'ol',
        {},
        ...v.calendar.map((c) =>
          h(
            'li',
            {},
            h(
              'span',
              { class: c.past ? 'small' : '' },
              `${dayDate(c.date)} · ${c.title}${c.past ? ' (already happened)' : ''}`,
            ),
          ),
        ),
      ),
    ),
  );
}
