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
/**
 * The game's own sources (no article, no outlet: the model, or its reading), by key: the render
 * model speaks no language, so the panels name them in the reader's (src/ui/links.ts).
 */
export const MODEL_SOURCES = {
  acts: 'the game\u2019s model, not a historical source: actors act on their own each round',
  reweighs: 'the game\u2019s model, not a historical source: actors re-weigh the coalition each round',
  possible: 'a possible event, not the historical record',
  diverged: 'the game\u2019s own reading: your play changed what happened',
  declined: 'the game\u2019s own reading: your government declined the visit',
  blocked: 'the game\u2019s own reading: your government blocked the text',
  recordMoves: 'the game\u2019s model: a dated event of the record moves the lines of the capitals it names',
} as const;

export const modelRef = (key: keyof typeof MODEL_SOURCES): SourceRef => ({ label: MODEL_SOURCES[key], ref: null });
