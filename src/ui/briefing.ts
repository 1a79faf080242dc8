// The round's briefing: each item told twice, as the news report frames it and as the opinion piece does.
import { write } from './said';
import type { GameView } from '../state/view';
import { renderChecklist } from './checklist';
import { byId, clear, h, put } from './dom';
import { Glosser, sourceLinks } from './links';
import { dayDate, longDate } from '../presentation/format';
import { countryName, dataText, roleGoal, t } from '../i18n';

/**
 * The role's terms, each with where the line stands now, in words and not only colour. After the
 * first briefing they fold into one line that says how many are met; the list is a click away.
 */
export function renderTerms(v: GameView, g: Glosser, title: string, folded = false): HTMLElement {
  const list = h(
    'ul',
    {},
    ...v.terms.map((term) =>
      h(
        'li',
        { class: term.met ? 'met' : 'missed' },
        h('strong', {}, t(term.met ? 'briefing.met' : 'briefing.notMet')),
        term.without ? write(term.without) : t('briefing.lineNow', { line: term.line }),
        ...g.text(term.said ? write(term.said) : term.text),
        ' ',
        h('span', { class: 'term-why' }, ...g.text(dataText(term.why))),
        term.sources.length ? h('span', { class: 'small' }, ' ', ...sourceLinks(term.sources)) : null,
      ),
    ),
  );
  const met = v.terms.filter((term) => term.met).length;
  if (folded)
    return h(
      'details',
      { class: 'terms' },
      h('summary', {}, t('briefing.termsFolded', { title, met, total: v.terms.length })),
      list,
    );
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
    h(
      'h3',
      { class: 'brief-title' },
      b.date
        ? t('briefing.storyTitle', {
            date: dayDate(b.date),
            title: b.said?.title ? write(b.said.title) : dataText(b.title),
          })
        : b.said?.title
          ? write(b.said.title)
          : dataText(b.title),
    ),
    b.framings
      ? h(
          'div',
          { class: 'framings' },
          h(
            'section',
            { class: 'framing', 'aria-label': t('briefing.wsj') },
            h('h4', {}, t('briefing.wsj')),
            h('p', {}, ...g.text(dataText(b.framings.news))),
          ),
          h(
            'section',
            { class: 'framing opinion', 'aria-label': t('briefing.breitbart') },
            h('h4', {}, t('briefing.breitbart')),
            h('p', {}, ...g.text(dataText(b.framings.opinion))),
          ),
        )
      : null,
    // The game's own words: an event's summary, or what the record adds to an opening story.
    b.text !== null || !b.framings
      ? h('p', { class: 'model-note' }, ...g.text(b.said ? write(b.said.text) : (b.text ?? '')))
      : null,
    b.perspectives?.length
      ? h(
          'ul',
          { class: 'perspectives', 'aria-label': t('briefing.perspectives') },
          ...b.perspectives.map((p) =>
            h(
              'li',
              {},
              h(
                'strong',
                {},
                t('briefing.outlet', { outlet: p.outlet, country: countryName(p.country), date: longDate(p.date) }),
              ),
              ...g.text(dataText(p.text)),
              ' ',
              ...sourceLinks([p.ref]),
            ),
          ),
        )
      : null,
    b.sources.length ? h('p', { class: 'small' }, t('briefing.sources'), ...sourceLinks(b.sources)) : null,
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
      v.round === 0 ? t('briefing.titleFirst') : t('briefing.title', { date: dayDate(v.date) }),
    ),
    // Three lines first: what changed, what it means for the goal, what you might do.
    !v.lead.changed
      ? null
      : h(
          'section',
          { class: 'lead', 'aria-label': t('briefing.lead') },
          h(
            'p',
            { id: 'lead-changed' },
            h('strong', {}, t('briefing.changed')),
            ...g.text(v.lead.said ? write(v.lead.said.changed) : v.lead.changed),
          ),
          h(
            'p',
            { id: 'lead-meaning' },
            h('strong', {}, t('briefing.goal')),
            ...g.text(v.lead.said ? write(v.lead.said.meaning) : v.lead.meaning),
          ),
          v.lead.next
            ? h(
                'p',
                { id: 'lead-next' },
                h('strong', {}, t('briefing.next')),
                v.lead.said?.next ? write(v.lead.said.next) : v.lead.next.replace(/^You might: /, ''),
              )
            : null,
        ),
    h('button', { id: 'begin', class: 'primary', onclick: begin }, t('briefing.begin')),
    v.round === 0 ? h('p', {}, h('strong', {}, t('briefing.goal')), ...g.text(roleGoal(v.player, v.goal))) : null,
    !v.checklist.total
      ? null
      : v.round === 0
        ? renderChecklist(v, g)
        : h(
            'details',
            { class: 'goal-fold' },
            h('summary', {}, t('briefing.goalFold', { met: v.checklist.met, total: v.checklist.total })),
            renderChecklist(v, g),
          ),
    h(
      'details',
      { class: 'news-fold' },
      h('summary', {}, framed.length ? t('briefing.news', { n: framed.length }) : t('briefing.quiet')),
      h('p', { class: 'small' }, v.round === 0 ? t('briefing.newsFirst') : t('briefing.newsLater')),
      ...framed.map((b) => story(b, g)),
    ),
    model.length
      ? h(
          'details',
          { class: 'model-fold' },
          h('summary', {}, t('briefing.modelFold', { n: model.length })),
          ...model.map((b) => story(b, g)),
        )
      : null,
    h(
      'details',
      { class: 'terms-fold' },
      h('summary', {}, t('briefing.termsFold')),
      renderTerms(v, g, t('briefing.terms')),
    ),
    h(
      'details',
      { class: 'calendar' },
      h('summary', {}, t('briefing.calendar')),
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
              t(c.past ? 'briefing.calendarPast' : 'briefing.calendarItem', {
                date: dayDate(c.date),
                title: dataText(c.title),
              }),
            ),
          ),
        ),
      ),
    ),
  );
}
