// The round's briefing: each item told twice, as the news report frames it and as the opinion piece does.
import type { GameView } from '../state/view';
import { renderChecklist } from './checklist';
import { byId, clear, h, put } from './dom';
import { Glosser, sourceLinks } from './links';
import { dayDate, longDate } from '../presentation/format';

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

/**
 * A story: told by both articles (the opening, perhaps with what the record adds), or the record's
 * summary, with how outlets of the time told it.
 */
function story(b: GameView['briefing'][number], g: Glosser): HTMLElement {
  return h(
    'article',
    { class: 'brief' },
    h('h3', { class: 'brief-title' }, b.date ? `${dayDate(b.date)}: ${b.title}` : b.title),
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
      : null,
    // The game's own words: an event's summary, or what the record adds to an opening story.
    b.text !== null || !b.framings ? h('p', { class: 'model-note' }, ...g.text(b.text ?? '')) : null,
    b.perspectives?.length
      ? h(
          'ul',
          { class: 'perspectives', 'aria-label': 'How outlets of the time told it' },
          ...b.perspectives.map((p) =>
            h(
              'li',
              {},
              h('strong', {}, `${p.outlet} (${p.country}, ${longDate(p.date)}): `),
              ...g.text(p.text),
              ' ',
              ...sourceLinks([p.ref]),
            ),
          ),
        )
      : null,
    b.sources.length ? h('p', { class: 'small' }, 'Sources: ', ...sourceLinks(b.sources)) : null,
  );
}

export function renderBriefing(v: GameView, begin: () => void): void {
  const root = byId('panel');
  clear(root);
  const g = new Glosser();
  // The news (the articles, the record, what outlets said) apart from the game's own model items.
  const isNews = (b: GameView['briefing'][number]) =>
    b.framings !== null ||
    (b.perspectives?.length ?? 0) > 0 ||
    b.id.startsWith('evt') ||
    !b.sources.every((x) => !x.ref);
  const framed = v.briefing.filter(isNews);
  const model = v.briefing.filter((b) => !isNews(b));
  put(
    root,
    h(
      'h2',
      { id: 'briefing-title' },
      v.round === 0 ? 'Briefing: what we know on 17 November' : `Briefing for ${dayDate(v.date)}`,
    ),
    // Three lines first: what changed, what it means for the goal, what you might do.
    !v.lead.changed
      ? null
      : h(
          'section',
          { class: 'lead', 'aria-label': 'In three lines' },
          h('p', { id: 'lead-changed' }, h('strong', {}, 'What changed: '), ...g.text(v.lead.changed)),
          h('p', { id: 'lead-meaning' }, h('strong', {}, 'Your goal: '), ...g.text(v.lead.meaning)),
          v.lead.next
            ? h(
                'p',
                { id: 'lead-next' },
                h('strong', {}, 'What you might do: '),
                v.lead.next.replace(/^You might: /, ''),
              )
            : null,
        ),
    h('button', { id: 'begin', class: 'primary', onclick: begin }, 'Begin diplomacy'),
    v.round === 0 ? h('p', {}, h('strong', {}, 'Your goal: '), ...g.text(v.goal)) : null,
    !v.checklist.total
      ? null
      : v.round === 0
        ? renderChecklist(v, g)
        : h(
            'details',
            { class: 'goal-fold' },
            h('summary', {}, `Your goal, condition by condition: ${v.checklist.met} of ${v.checklist.total} met`),
            renderChecklist(v, g),
          ),
    h(
      'details',
      { class: 'news-fold' },
      h(
        'summary',
        {},
        framed.length
          ? `The news (${framed.length} ${framed.length === 1 ? 'story' : 'stories'})`
          : 'The news: a quiet few days',
      ),
      h(
        'p',
        { class: 'small' },
        v.round === 0
          ? 'Each story as both articles told it: the Wall Street Journal\u2019s news report and Breitbart News\u2019s opinion piece. Same facts, different lenses: which one shapes your next move?'
          : 'What happened, in the game\u2019s own summary of the record, then how outlets of the time told it, each named with its country and date.',
      ),
      ...framed.map((b) => story(b, g)),
    ),
    model.length
      ? h(
          'details',
          { class: 'model-fold' },
          h('summary', {}, `What else happened in the game, and why (${model.length})`),
          ...model.map((b) => story(b, g)),
        )
      : null,
    h(
      'details',
      { class: 'terms-fold' },
      h('summary', {}, 'Your terms, with their sources'),
      renderTerms(v, g, 'Your terms for a grand coalition'),
    ),
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
