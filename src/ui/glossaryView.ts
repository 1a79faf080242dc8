// The glossary: the terms a student meets in the game, in plain words.
import { externalSourceRef, termSlug } from '../data/refs';
import type { Scenario } from '../data/schema';
import { h } from './dom';
import { sourceLinks } from './links';

export function glossaryView(s: Scenario): (Node | null)[] {
  const entries = [...s.glossary].sort((a, b) => a.term.localeCompare(b.term));
  return [
    h(
      'p',
      {},
      'Terms you meet in the briefings, the answers and the sources. Terms in the game\u2019s text are links to their entry here.',
    ),
    h(
      'dl',
      { class: 'glossary' },
      ...entries.flatMap((g) => [
        h(
          'dt',
          { id: `term-${termSlug(g.term)}` },
          g.term,
          g.aka.length ? h('span', { class: 'small' }, ` (also: ${g.aka.join(', ')})`) : null,
        ),
        h(
          'dd',
          {},
          g.definition,
          g.sources?.length
            ? h(
                'span',
                { class: 'small' },
                ' Source: ',
                ...sourceLinks(g.sources.map((id) => externalSourceRef(s, id))),
              )
            : null,
        ),
      ]),
    ),
  ];
}
