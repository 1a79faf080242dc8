// Anchors into the sources panel and the labels that point at them, shared by the render model,
// the panels and the sources panel itself.
import type { Citation, Scenario } from './schema';

export const paragraphRef = (article: string, paragraph: number): string => `${article}-${paragraph}`;
export const externalRef = (id: string): string => `ext-${id}`;
export const termSlug = (term: string): string =>
  term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A source as the panels show it: a label, and the entry in the sources panel it opens (null: the model itself). */
export interface SourceRef {
  label: string;
  ref: string | null;
}

/** "WSJ news ¶20": short enough for a table cell, complete enough to find the paragraph. */
export function citeLabel(s: Scenario, c: Citation): string {
  const a = s.articles.find((x) => x.id === c.article)!;
  return `${a.short} ${a.kind} \u00b6${c.paragraph}`;
}

export const citationRef = (s: Scenario, c: Citation): SourceRef => ({
  label: citeLabel(s, c),
  ref: paragraphRef(c.article, c.paragraph),
});
export const externalSourceRef = (s: Scenario, id: string): SourceRef => ({
  label: s.externalSources.find((e) => e.id === id)!.publisher,
  ref: externalRef(id),
});
export const modelRef = (label: string): SourceRef => ({ label, ref: null });
