// The sources panel: both articles told side by side, topic by topic, then every cited paragraph
// with what the game reads off it, then the public reporting used for dates beyond the articles.
import { citationIndex } from '../data/citationIndex';
import { citeLabel, externalSourceRef, paragraphRef } from '../data/refs';
import type { BriefingItem, Citation, Scenario } from '../data/schema';
import { longDate } from '../presentation/format';
import { h } from './dom';
import { externalLink, Glosser, sourceLabel, sourceLinks } from './links';
import { dataText, t as tr } from '../i18n';

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
    return tr('sources.articleLabel', { publisher: a.publisher, kind: a.kind, date: longDate(a.date) });
  };
  const paraLink = (c: Citation) => {
    const id = `src-${paragraphRef(c.article, c.paragraph)}`;
    return h(
      'a',
      { href: `#${id}`, class: 'src-link', onclick: jump(id) },
      sourceLabel({ label: citeLabel(s, c), ref: id }),
    );
  };
  const news = s.articles.find((a) => a.kind === 'news')!;
  const opinion = s.articles.find((a) => a.kind === 'opinion')!;
  const topic = (t: BriefingItem) =>
    h(
      'article',
      { class: 'brief', id: `topic-${t.id}` },
      h('h4', {}, dataText(t.title)),
      h(
        'div',
        { class: 'framings' },
        h(
          'section',
          {
            class: 'framing',
            'aria-label': tr('sources.framingNews', { title: dataText(t.title), publisher: news.publisher }),
          },
          h('p', { class: 'small' }, label(news.id)),
          h('p', {}, ...glosser.text(dataText(t.framings.news))),
        ),
        h(
          'section',
          {
            class: 'framing opinion',
            'aria-label': tr('sources.framingOpinion', { title: dataText(t.title), publisher: opinion.publisher }),
          },
          h('p', { class: 'small' }, label(opinion.id)),
          h('p', {}, ...glosser.text(dataText(t.framings.opinion))),
        ),
      ),
      h(
        'p',
        { class: 'small' },
        tr('sources.paragraphs'),
        ...t.sources.flatMap((c, i) => [i ? ', ' : '', paraLink(c)]),
      ),
      // What the record adds beyond both articles: the game's words, with the reporting behind them.
      t.record
        ? h(
            'p',
            { class: 'model-note' },
            tr('sources.recordSummary'),
            ...glosser.text(dataText(t.record.text)),
            ' ',
            h('span', { class: 'small' }, ...sourceLinks(t.record.sources.map((x) => externalSourceRef(s, x)))),
          )
        : null,
    );
  const index = citationIndex(s);
  const topicTitle = new Map([...s.opening, ...s.topics].map((t) => [t.id, dataText(t.title)]));
  return [
    h('p', {}, tr('sources.intro')),
    h(
      'table',
      {},
      h('caption', {}, tr('sources.caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, tr('sources.publication')),
          h('th', { scope: 'col' }, tr('sources.kind')),
          h('th', { scope: 'col' }, tr('sources.date')),
          h('th', { scope: 'col' }, tr('sources.headline')),
          h('th', { scope: 'col' }, tr('sources.who')),
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
            h('td', {}, tr('sources.kindName', { kind: a.kind })),
            h('td', {}, longDate(a.date)),
            h(
              'td',
              {},
              ...(a.url
                ? [externalLink(a.url, `\u201c${a.headline}\u201d`)]
                : [`\u201c${a.headline}\u201d`, h('span', { class: 'small' }, tr('sources.noLink'))]),
            ),
            h(
              'td',
              {},
              a.about ? dataText(a.about) : '',
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
    h('h3', { id: 'topics' }, tr('sources.topics')),
    ...[...s.opening, ...s.topics].map(topic),
    h('h3', { id: 'paragraphs' }, tr('sources.byParagraph')),
    ...s.articles.map((a) =>
      h(
        'section',
        { 'aria-label': a.publisher },
        h('h4', {}, tr('sources.articleHead', { label: label(a.id), headline: a.headline })),
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
                      tr('sources.retoldIn'),
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
                      tr('sources.wordsChecked', { quotes: p.quotes.map((q) => `\u201c${q}\u201d`).join(', ') }),
                    )
                  : null,
                p.uses.length ? h('ul', {}, ...p.uses.map((u) => h('li', {}, u))) : null,
              ),
            ),
        ),
      ),
    ),
    h('h3', { id: 'beyond' }, tr('sources.beyond')),
    h('p', {}, tr('sources.beyondIntro')),
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
                  h(
                    'li',
                    {},
                    `${u.what}${u.date ? `, ${longDate(u.date)}` : ''}${u.title ? `${tr('sources.colon')}${dataText(u.title)}` : ''}`,
                  ),
                ),
              )
            : null,
        );
      }),
    ),
    h('h3', {}, tr('sources.model')),
    h('p', {}, tr('sources.modelText')),
  ];
}
