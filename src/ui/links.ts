// Links from the game's text into the reading room: source labels open their paragraph in the
// sources panel, glossary terms open their entry. They ask by a DOM event, so any panel can make
// them without knowing who opens the reader (src/ui/library.ts listens).
import { MODEL_SOURCES, termSlug, type SourceRef } from '../data/refs';
import { glossaryEntry, locale, t, type MessageId } from '../i18n';
import { h } from './dom';

export type LibraryTarget = {
  kind: 'howto' | 'sources' | 'glossary' | 'guide' | 'compare' | 'handout' | 'answers' | 'background';
  at?: string;
};
export const OPEN_LIBRARY = 'gc:open-library';

/** The reading room's pages in the top bar, named in the current language (read when drawn). */
export const LIBRARY_PAGES = {
  get howto() {
    return t('nav.howto');
  },
  get sources() {
    return t('nav.sources');
  },
  get glossary() {
    return t('nav.glossary');
  },
  get guide() {
    return t('nav.guide');
  },
  get compare() {
    return t('nav.compare');
  },
};

/** The teacher's kit: pages reached from the guide or by address (#background, #handout, #answers), not the top bar. */
export const KIT_PAGES = {
  get background() {
    return t('nav.background');
  },
  get handout() {
    return t('nav.handout');
  },
  get answers() {
    return t('nav.answers');
  },
};

export function openLibrary(target: LibraryTarget): void {
  document.dispatchEvent(new CustomEvent<LibraryTarget>(OPEN_LIBRARY, { detail: target }));
}

/** The game's own sources (src/data/refs.ts, MODEL_SOURCES) in the reader's language. */
const MODEL_SOURCE_TEXT: Record<keyof typeof MODEL_SOURCES, MessageId> = {
  acts: 'source.acts',
  reweighs: 'source.reweighs',
  possible: 'source.possible',
  diverged: 'source.diverged',
  declined: 'source.declined',
  blocked: 'source.blocked',
  recordMoves: 'source.recordMoves',
};
const MODEL_KEY = new Map(
  Object.entries(MODEL_SOURCES).map(([k, v]) => [v as string, k as keyof typeof MODEL_SOURCES]),
);

/**
 * A source's label in the reader's language: the game's own (by its English words, which an earlier
 * release's render model writes too) and an article's paragraph ("WSJ news ¶4"); an outlet's name
 * stays as published.
 */
export function sourceLabel(r: SourceRef): string {
  const key = r.ref ? undefined : MODEL_KEY.get(r.label);
  if (key) return t(MODEL_SOURCE_TEXT[key]);
  const cite = /^(\S+) (news|opinion) \u00b6(\d+)$/.exec(r.label);
  if (cite) return t('source.cite', { short: cite[1]!, kind: cite[2]!, n: cite[3]! });
  return r.label;
}

/** Source labels as buttons into the sources panel; the model's own items stay plain text. */
export function sourceLinks(refs: SourceRef[], empty?: string): (HTMLElement | string)[] {
  if (!refs.length) return [empty ?? t('source.assumption')];
  return refs.flatMap((r, i) => {
    const sep = i ? [t('said.sep')] : [];
    if (!r.ref) return [...sep, sourceLabel(r)];
    const at = r.ref;
    return [
      ...sep,
      h(
        'button',
        { type: 'button', class: 'link src-link', 'data-ref': at, onclick: () => openLibrary({ kind: 'sources', at }) },
        sourceLabel(r),
      ),
    ];
  });
}

/**
 * Source links in parentheses, the opening bracket held to the first link and the closing one to
 * the last: a link is a button, and a line may break before a button, which left "(" alone at a
 * line's end (playtest 1.7.0, finding 16).
 */
export function sourcesInParens(refs: SourceRef[]): HTMLElement[] {
  const items = sourceLinks(refs);
  if (items.length === 1) return [h('span', { class: 'nowrap' }, '(', items[0]!, ')')];
  return [
    h('span', { class: 'nowrap' }, '(', items[0]!),
    ...items.slice(1, -1).map((x) => (typeof x === 'string' ? h('span', {}, x) : x)),
    h('span', { class: 'nowrap' }, items.at(-1)!, ')'),
  ];
}

interface Term {
  slug: string;
  term: string;
  definition: string;
  /** The surface as written in the glossary: acronyms must match it exactly. */
  surface: string;
}

let pattern: RegExp | null = null;
const bySurface = new Map<string, Term>();
/** The glossary as the scenario writes it (English), and the language the pattern was built for. */
let entries: { term: string; aka: string[]; definition: string }[] = [];
let builtFor: string | null = null;

/** Learns the glossary's terms and their other names (called once at start). */
export function setGlossaryTerms(list: { term: string; aka: string[]; definition: string }[]): void {
  entries = list;
  builtFor = null;
}

/**
 * The terms as the reader's language writes them (French: « Daech », « l’État islamique »), each
 * keeping its English term's anchor; built again after a change of language.
 */
function learn(): void {
  if (builtFor === locale()) return;
  builtFor = locale();
  bySurface.clear();
  for (const english of entries) {
    const slug = termSlug(english.term);
    const e = glossaryEntry(slug, english);
    // Two-letter acronyms ("IS") would match too much ordinary text.
    for (const s of [e.term, ...e.aka])
      if (s.length >= 3) bySurface.set(s.toLowerCase(), { slug, term: e.term, definition: e.definition, surface: s });
  }
  const surfaces = [...bySurface.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole words, accented letters included (« Crimée », « État islamique »).
  pattern = surfaces.length
    ? new RegExp(`(?<![\\p{L}\\p{N}_])(${surfaces.join('|')})(?![\\p{L}\\p{N}_])`, 'giu')
    : null;
}

const isAcronym = (s: string) => s === s.toUpperCase() && /[A-Z]/.test(s);

/**
 * Links glossary terms in one panel's text: each term once per panel (its first appearance), so
 * the text stays readable. Acronyms match only in capitals.
 */
export class Glosser {
  private seen = new Set<string>();

  text(s: string): (Node | string)[] {
    learn();
    if (!pattern) return [s];
    const out: (Node | string)[] = [];
    let last = 0;
    for (const m of s.matchAll(pattern)) {
      const word = m[0];
      const term = bySurface.get(word.toLowerCase())!;
      if (this.seen.has(term.slug) || (isAcronym(term.surface) && word !== term.surface)) continue;
      this.seen.add(term.slug);
      out.push(s.slice(last, m.index));
      const slug = term.slug;
      out.push(
        h(
          'button',
          {
            type: 'button',
            class: 'link gloss',
            title: term.definition,
            'aria-label': t('links.glossaryTerm', { word }),
            onclick: () => openLibrary({ kind: 'glossary', at: slug }),
          },
          word,
        ),
      );
      last = m.index + word.length;
    }
    out.push(s.slice(last));
    return out.filter((x) => x !== '');
  }
}

/**
 * A link out of the game to a public page: it opens in a new tab (the game stays as it was), says
 * so to screen readers, and prints with its address (style.css) so a paper copy can be followed.
 */
export function externalLink(href: string, text: string, cls = ''): HTMLAnchorElement {
  return h(
    'a',
    { href, target: '_blank', rel: 'noopener noreferrer', class: `ext ${cls}`.trim() },
    text,
    h('span', { class: 'sr-only' }, t('links.newTab')),
  );
}
