// The difficulty levels in the player's language. The rules know them by id (src/state/rules/
// difficulty.ts, with English words for the CLI); the render model gives the level's English
// label, which maps back to its id here.
import { t, type MessageId } from '../i18n';
import type { Difficulty } from '../state/view/api';

const IDS: Record<Difficulty, { label: MessageId; short: MessageId; explain: MessageId }> = {
  easy: { label: 'difficulty.easy.label', short: 'difficulty.easy.short', explain: 'difficulty.easy.explain' },
  normal: { label: 'difficulty.normal.label', short: 'difficulty.normal.short', explain: 'difficulty.normal.explain' },
  hard: { label: 'difficulty.hard.label', short: 'difficulty.hard.short', explain: 'difficulty.hard.explain' },
};
/** The render model's labels (every release's: the words never changed). */
const BY_LABEL: Record<string, Difficulty> = { Apprentice: 'easy', Diplomat: 'normal', Veteran: 'hard' };

/** A level's words, from its id or its English label; an unknown label is shown as it is. */
export function difficultyText(d: string): { label: string; short: string; explain: string } {
  const id = Object.hasOwn(IDS, d) ? (d as Difficulty) : BY_LABEL[d];
  if (!id) return { label: d, short: '', explain: '' };
  const m = IDS[id];
  return { label: t(m.label), short: t(m.short), explain: t(m.explain) };
}
