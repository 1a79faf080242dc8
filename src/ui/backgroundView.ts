// "Before you play": the one-page background a class reads first (src/data/background.ts), each
// part with its sources: reports link out, the two seed articles open on the sources page.
import { background as english, type BackgroundSource } from '../data/background';
import { paragraphRef } from '../data/refs';
import { longDate } from '../presentation/format';
import { h } from './dom';
import { externalLink, Glosser, openLibrary } from './links';
import { backgroundText, t } from '../i18n';

function source(x: BackgroundSource): (Node | string)[] {
  const what = `${x.publisher}, \u201c${x.title}\u201d, ${longDate(x.date)}`;
  if (x.url) return [externalLink(x.url, what)];
  const at = x.article && x.paragraph ? paragraphRef(x.article, x.paragraph) : undefined;
  return [
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => openLibrary({ kind: 'sources', at }) },
      `${what}${x.paragraph ? `, \u00b6${x.paragraph}` : ''}`,
    ),
  ];
}

export function backgroundView(): (Node | null)[] {
  const g = new Glosser();
  // The page in the reader's language; its sources are the reports themselves, as they were published.
  const background = backgroundText(english);
  return [
    h('h3', { id: 'background-title' }, background.title),
    h('p', {}, background.intro),
    ...background.parts.flatMap((p) => [
      h('h4', {}, p.heading),
      h('p', {}, ...g.text(p.text)),
      h(
        'p',
        { class: 'small background-sources' },
        t('background.sources'),
        ...p.sources.flatMap((x, i) => [...(i ? ['; '] : []), ...source(x)]),
        '.',
      ),
    ]),
    h('p', {}, h('strong', {}, background.after)),
  ];
}
