// Small constructors so the data reads as data: every value says where it came from.
import type { ArticleId, Citation, Sourced, Stance } from '../schema';

export const cite = (article: ArticleId, paragraph: number, quote?: string): Citation =>
  quote === undefined ? { article, paragraph } : { article, paragraph, quote };

/** A value read off an article paragraph, with our own one-line reading of it. */
export const src = (value: number, source: Citation, note: string): Sourced => ({ value, source, note });

/** A number the articles do not give: the model needs it, so we say why we chose it. */
export const assume = (value: number, assumption: string): Sourced => ({ value, assumption });

export const stance = (position: Sourced, salience: Sourced): Stance => ({ position, salience });

/** Saliences are rarely stated in the articles: this marks them as our reading. */
export const weight = (value: number, why: string): Sourced => assume(value, `salience: ${why}`);

/** A value that rests on public reporting beyond the articles: an assumption whose reason names its sources. */
export const ext = (value: number, sources: string[], why: string): Sourced => ({
  value,
  assumption: `${why} (reporting: ${sources.join(', ')})`,
});
