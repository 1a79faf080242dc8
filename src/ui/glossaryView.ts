// The glossary: the terms a student meets in the game, in plain words.
import { externalSourceRef, termSlug } from '../data/refs';
import type { Scenario } from '../data/schema';
import { h } from './dom';
import { sourceLinks } from './links';
import { glossaryEntry, intlLocale, t } from '../i18n';

export function glossaryView(s: Scenario): (Node | null)[] {
  // Each entry in the reader's language, under its English term's anchor; in the language's order.
  const entries = s.glossary
    .map((g) => ({ ...glossaryEntry(termSlug(g.term), g), slug: termSlug(g.term) }))
    .sort((a, b) => a.term.localeCompare(b.term, intlLocale()));
  return [
    h('p', {}, t('glossary.intro')),
    h(
      'dl',
      { class: 'glossary' },
      ...entries.flatMap((g) => [
        h(
          'dt',
          { id: `term-${g.slug}` },
          g.term,
          g.aka.length
            ? h('span', { class: 'small' }, t('glossary.aka', { names: g.aka.join(t('said.comma')) }))
            : null,
        ),
        h(
          'dd',
          {},
          g.definition,
          g.sources?.length
            ? h(
                'span',
                { class: 'small' },
                t('glossary.source'),
                ...sourceLinks(g.sources.map((id) => externalSourceRef(s, id))),
              )
            : null,
        ),
      ]),
    ),
  ];
}
