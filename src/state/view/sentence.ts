// A title read inside a sentence ("In the record: …", "in your game, …"). Most of the record's
// titles begin with a name (Turkey, Moscow, Putin, Cameron), which keeps its capital; only a
// title that begins with a common word is lowered ("the House of Commons votes …").
const COMMON_FIRST = /^(The|A|An|No|Police|Reports) /;

export const inSentence = (title: string): string =>
  COMMON_FIRST.test(title) ? `${title.charAt(0).toLowerCase()}${title.slice(1)}` : title;

/** The first letter upper-case: a name that opens a sentence ("the United States" → "The United States"). */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
