// The sources panel: both articles told side by side, topic by topic, then every cited paragraph
// with what the game reads off it, then the public reporting used for dates beyond the articles.
import { citationIndex } from '../data/citationIndex';
import { citeLabel, externalSourceRef, paragraphRef } from '../data/refs';
import type { BriefingItem, Citation, Scenario } from '../data/schema';
import { longDate } from '../presentation/format';
import { h } from './dom';
import { externalLink, Glosser, sourceLinks } from './links';

/** In-panel links move focus, not the page's address (the address carries replay links). */
const jump = (id: string) => (e: Event) => {
  e.preventDefault();
  const t = document.getElementById(id);
  if (!t) return;
  t.setAttribute('tabindex', '-1');
  t.focus();
  t.scrollIntoView({ block: 'start' });
};

export function sourcesView(s: Scenario): (Node | null)[] {
  const glosser = new Glosser();
  const art = new Map<string, Scenario['articles'][number]>(s.articles.map((a) => [a.id, a]));
  const label = (id: string) => {
    const a = art.get(id)!;
    return `${a.publisher} (${a.kind}, ${longDate(a.date)})`;
  };
  const paraLink = (c: Citation) => {
    const id = `src-${paragraphRef(c.article, c.paragraph)}`;
    return h('a', { href: `#${id}`, class: 'src-link', onclick: jump(id) }, citeLabel(s, c));
  };
  const news = s.articles.find((a) => a.kind === 'news')!;
  const opinion = s.articles.find((a) => a.kind === 'opinion')!;
  const topic = (t: BriefingItem) =>
    h(
      'article',
      { class: 'brief', id: `topic-${t.id}` },
      h('h4', {}, t.title),
      h(
        'div',
        { class: 'framings' },
        h(
          'section',
          { class: 'framing', 'aria-label': `${t.title}: ${news.publisher}, news report` },
          h('p', { class: 'small' }, label(news.id)),
          h('p', {}, ...glosser.text(t.framings.news)),
        ),
        h(
          'section',
          { class: 'framing opinion', 'aria-label': `${t.title}: ${opinion.publisher}, opinion piece` },
          h('p', { class: 'small' }, label(opinion.id)),
          h('p', {}, ...glosser.text(t.framings.opinion)),
        ),
      ),
      h('p', { class: 'small' }, 'Paragraphs: ', ...t.sources.flatMap((c, i) => [i ? ', ' : '', paraLink(c)])),
      // What the record adds beyond both articles: the game's words, with the reporting behind them.
      t.record
        ? h(
            'p',
            { class: 'model-note' },
            'The game\u2019s summary of the record: ',
            ...glosser.text(t.record.text),
            ' ',
            h('span', { class: 'small' }, ...sourceLinks(t.record.sources.map((x) => externalSourceRef(s, x)))),
          )
        : null,
    );
  const index = citationIndex(s);
  const topicTitle = new Map([...s.opening, ...s.topics].map((t) => [t.id, t.title]));
  return [
    h(
      'p',
      {},
      'The game is built on two articles about the same day. We retell them in our own words, topic by topic, so you can see the same facts told two ways, and we cite every paragraph the game relies on. Paragraphs are numbered from the first paragraph of each article\u2019s body.',
    ),
    h(
      'table',
      {},
      h('caption', {}, 'The two articles'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Publication'),
          h('th', { scope: 'col' }, 'Kind'),
          h('th', { scope: 'col' }, 'Date'),
          h('th', { scope: 'col' }, 'Headline'),
          h('th', { scope: 'col' }, 'Who they are'),
        ),
      ),
      h(
        'tbody',
        {},
        ...s.articles.map((a) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, a.publisher),
            h('td', {}, a.kind === 'news' ? 'news report' : 'opinion piece'),
            h('td', {}, longDate(a.date)),
            h(
              'td',
              {},
              ...(a.url
                ? [externalLink(a.url, `\u201c${a.headline}\u201d`)]
                : [
                    `\u201c${a.headline}\u201d`,
                    h(
                      'span',
                      { class: 'small' },
                      ' (no link: we could not verify this article\u2019s address on the publisher\u2019s site; find it by its headline and date in a newspaper database or a library)',
                    ),
                  ]),
            ),
            h(
              'td',
              {},
              a.about ?? '',
              ...(a.aboutSources ?? []).map((id) => {
                const e = s.externalSources.find((x) => x.id === id)!;
                return h(
                  'span',
                  { class: 'small' },
                  ' (',
                  externalLink(e.url, `${e.publisher}, ${longDate(e.date)}`),
                  ')',
                );
              }),
            ),
          ),
        ),
      ),
    ),
    h('h3', { id: 'topics' }, 'Topic by topic: the news report and the opinion piece'),
    ...[...s.opening, ...s.topics].map(topic),
    h('h3', { id: 'paragraphs' }, 'Paragraph by paragraph: what the game reads off each one'),
    ...s.articles.map((a) =>
      h(
        'section',
        { 'aria-label': a.publisher },
        h('h4', {}, `${label(a.id)}: \u201c${a.headline}\u201d`),
        h(
          'ul',
          { class: 'cited' },
          ...index.paragraphs
            .filter((p) => p.article === a.id)
            .map((p) =>
              h(
                'li',
                { id: `src-${p.ref}` },
                h('strong', {}, `\u00b6${p.paragraph}`),
                p.topics.length
                  ? h(
                      'span',
                      {},
                      ' \u00b7 retold in: ',
                      ...p.topics.flatMap((t, i) => [
                        i ? ', ' : '',
                        h(
                          'a',
                          { href: `#topic-${t.id}`, onclick: jump(`topic-${t.id}`) },
                          topicTitle.get(t.id) ?? t.id,
                        ),
                      ]),
                    )
                  : null,
                p.quotes.length
                  ? h(
                      'span',
                      { class: 'small' },
                      ` \u00b7 words checked in it: ${p.quotes.map((q) => `\u201c${q}\u201d`).join(', ')}`,
                    )
                  : null,
                p.uses.length ? h('ul', {}, ...p.uses.map((u) => h('li', {}, u))) : null,
              ),
            ),
        ),
      ),
    ),
    h('h3', { id: 'beyond' }, 'Beyond the articles: reporting of the time'),
    h(
      'p',
      {},
      'Events after 17 November fire on their real dates. Each date and fact was checked against public reporting:',
    ),
    h(
      'ul',
      { class: 'cited' },
      ...index.external.map((x) => {
        const e = s.externalSources.find((y) => y.id === x.id)!;
        return h(
          'li',
          { id: `src-${x.ref}` },
          h('strong', {}, e.publisher),
          ', ',
          externalLink(e.url, `\u201c${e.title}\u201d`),
          `, ${longDate(e.date)}.`,
          x.uses.length
            ? h(
                'ul',
                {},
                ...x.uses.map((u) =>
                  h('li', {}, `${u.what}${u.date ? `, ${longDate(u.date)}` : ''}${u.title ? `: ${u.title}` : ''}`),
                ),
              )
            : null,
        );
      }),
    ),
    h('h3', {}, 'The model'),
    h(
      'p',
      {},
      'Where the articles give no number, the game uses a design assumption and says so next to the value. The teacher\u2019s guide counts what is sourced and what is assumed; \u201cHow to play\u201d in the top bar explains the rules.',
    ),
  ];
}
