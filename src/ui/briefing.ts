// The round's briefing: each item told twice, as the news report frames it and as the opinion piece does.
import type { GameView } from '../state/view';
import { renderChecklist } from './checklist';
import { byId, clear, h, put } from './dom';
import { Glosser, sourceLinks } from './links';

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

/** A story told twice: the news report's framing and the opinion piece's, side by side. */
function story(b: GameView['briefing'][number], g: Glosser): HTMLElement {
  return h(
    'article',
    { class: 'brief' },
    h('h3', { class: 'brief-title' }, b.title),
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
  );
}

export function renderBriefing(v: GameView, begin: () => void): void {
  const root = byId('panel');
  clear(root);
  const g = new Glosser();
  const framed = v.briefing.filter((b) => b.framings);
  const model = v.briefing.filter((b) => !b.framings);
  put(
    root,
    h(
      'h2',
      { id: 'briefing-title' },
      v.round === 0 ? 'Briefing: what we know on 17 November' : `Briefing for ${v.date}`,
    ),
    // Three lines first: what changed, what it means for the goal, what you might do.
    !v.lead.changed
      ? null
      : h(
          'section',
          { class: 'lead', 'aria-label': 'In three lines' },
          h('p', { id: 'lead-changed' }, h('strong', {}, 'What changed: '), ...g.text(v.lead.changed)),
          h('p', { id: 'lead-meaning' }, h('strong', {}, 'Your goal: '), ...g.text(v.lead.meaning)),
          h('p', { id: 'lead-next' }, h('strong', {}, 'What you might do: '), v.lead.next.replace(/^You might: /, '')),
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
          ? `The news, told two ways (${framed.length} ${framed.length === 1 ? 'story' : 'stories'})`
          : 'The news: a quiet few days',
      ),
      h(
        'p',
        { class: 'small' },
        'Each story in two framings. Same facts, different lenses: which one shapes your next move?',
      ),
      ...framed.map((b) => story(b, g)),
    ),
    model.length
      ? h(
          'details',
          { class: 'model-fold' },
          h('summary', {}, `What the other capitals did, and why (${model.length})`),
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
            h('span', { class: c.past ? 'small' : '' }, `${c.date} · ${c.title}${c.past ? ' (already happened)' : ''}`),
          ),
        ),
      ),
    ),
  );
}
