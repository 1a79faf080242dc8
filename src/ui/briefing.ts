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
          framings: {
            news: 'No major event changed the picture since the last round.',
            opinion: 'Nothing moved: the same demands, the same stand-off.',
          },
          text: null,
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
      'Each story in two framings. Same facts, different lenses: which one shapes your next move?',
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
                { class: 'framing', 'aria-label': 'News report framing' },
                h('h4', {}, 'News report'),
                h('p', {}, ...g.text(b.framings.news)),
              ),
              h(
                'section',
                { class: 'framing opinion', 'aria-label': 'Opinion piece framing' },
                h('h4', {}, 'Opinion piece'),
                h('p', {}, ...g.text(b.framings.opinion)),
              ),
            )
          : h('p', { class: 'model-note' }, ...g.text(b.text ?? '')),
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
