// A sentence of the render model as a message's id and its values (issue 26): the panels and the
// CLI write it in the reader's language (src/ui/said.ts, through the catalogs in src/i18n), which
// src/state never does (eslint.config.js: the rules core and the render model speak no language).
// Values name actors, issues and scale points by id, each with the English words that slot reads
// in English (the fallback, and what tests/said.test.ts compares with the render model's English
// text); numbers stay numbers, for the reader's digits.
import type { ActorId } from '../rules/world';

/** A value of a sentence. */
export type SaidValue =
  /** The data's own words, written as they are (an event's title, a goal's condition). */
  | string
  /** A whole number, in the reader's digits. */
  | number
  /**
   * A number to `digits` decimals; `sign`: "hyphen" (its old name) "+" before a positive one and nothing
   * before zero, "minus" "+" before zero too, "neg" nothing before a positive one. Every negative takes
   * one minus sign, U+2212, never a hyphen (playtest 2, finding 18).
   */
  | { fixed: number; digits: number; sign?: 'hyphen' | 'minus' | 'neg' }
  /** An actor, with the English words of this slot ("Russia", "The United States’"); `you`: the player, named so. */
  | { actor: ActorId; name: string; you?: 'you' | 'You' }
  /** An issue, with the English words of this slot ("what to strike first"). */
  | { issue: string; name: string }
  /** A labelled point of an issue's scale, by its place on the scale. */
  | { scale: string; index: number; label: string }
  /** Several values, joined by a message (a separator such as "; "). */
  | { join: SaidValue[]; sep: string }
  /** Several values as a list in the reader's language ("Russia and Iran", « la Russie et l’Iran »). */
  | { list: SaidValue[] }
  /** A sentence inside a sentence. */
  | Said;

/** A message id of the interface's catalogs (src/i18n/messages) and its values. */
export interface Said {
  id: string;
  values?: Record<string, SaidValue>;
}

export const said = (id: string, values?: Record<string, SaidValue>): Said => (values ? { id, values } : { id });

/** An actor in a sentence: its id and the English words of the slot. */
export const actorRef = (actor: ActorId, name: string): SaidValue => ({ actor, name });

/** Values joined by "; " in English (" ; " in French). */
export const joined = (items: SaidValue[], sep = 'said.sep'): SaidValue => ({ join: items, sep });
