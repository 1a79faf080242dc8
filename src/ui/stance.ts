// A stance's word in the player's language (the shared look, src/presentation/palette.ts, keeps the
// English word the map's canvas and the CLI use).
import { t, type MessageId } from '../i18n';

const WORDS: Record<string, MessageId> = {
  member: 'stance.member',
  'leaning in': 'stance.leaning',
  outside: 'stance.outside',
  opposed: 'stance.opposed',
};

/** The word for a stance, from its English word; an unknown word is shown as it is. */
export const stanceWord = (english: string): string => {
  const id = WORDS[english];
  return id ? t(id) : english;
};
