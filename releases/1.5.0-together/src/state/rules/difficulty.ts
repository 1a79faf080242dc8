// Difficulty levels: how much room the other capitals give you, and how much chance there is in
// their answers and moves. Normal is the documented model (docs/MODEL.md); the others turn five knobs.
export type Difficulty = 'easy' | 'normal' | 'hard';
export const DIFFICULTY_IDS: readonly Difficulty[] = ['easy', 'normal', 'hard'];

export interface DifficultyLevel {
  label: string;
  /** A few words for the title page. */
  short: string;
  /** What changes, in words the player reads on the title page. */
  explain: string;
  /** Cost per 100 points beyond a red line: lower means more room to bargain. */
  redline: number;
  /** The fixed cost of signing up to anything. */
  bias: number;
  /** Temperature of the logistic answer: higher means more surprising answers. */
  temperature: number;
  /** Half-width of the seeded noise in how actors re-weigh the coalition each round. */
  driftNoise: number;
  /** Whether the screen offers "You might" hints (a view-side choice: the rules never read it). */
  hints: boolean;
  /** Scale on the chance that actors take initiatives of their own each round (model/agency.ts). */
  initiative: number;
}

export const DIFFICULTIES: Record<Difficulty, DifficultyLevel> = {
  easy: {
    label: 'Apprentice',
    short: 'more room, fewer surprises',
    explain:
      'Capitals bend more on their red lines, answer more predictably and act on their own less often: a first game, or a class short of time.',
    redline: 3.5,
    bias: -0.15,
    temperature: 0.22,
    driftNoise: 0.02,
    initiative: 0.6,
    hints: true,
  },
  normal: {
    label: 'Diplomat',
    short: 'the model as documented',
    explain:
      'The model as documented: red lines cost what the articles suggest, answers carry some chance, and the other capitals often act on their own.',
    redline: 5,
    bias: -0.25,
    temperature: 0.25,
    driftNoise: 0.03,
    initiative: 0.8,
    hints: true,
  },
  hard: {
    label: 'Veteran',
    short: 'harder red lines, more chance, no hints',
    explain:
      'Red lines are a little harder, and answers, moods and the others\u2019 own moves swing more: closer to how hard it really was. No \u201cYou might\u201d hints: the checklist still says what is missing.',
    redline: 5.3,
    bias: -0.27,
    temperature: 0.3,
    driftNoise: 0.06,
    initiative: 1,
    // The hint plays well (a player who follows it wins almost every game): a veteran plays without it.
    hints: false,
  },
};
