// Difficulty levels: how much room the other capitals give you, and how much chance there is in
// their answers. Normal is the documented model (docs/MODEL.md); the others turn four knobs.
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
  /** Scale on the chance that actors take initiatives of their own each round (model/agency.ts). */
  initiative: number;
}

export const DIFFICULTIES: Record<Difficulty, DifficultyLevel> = {
  easy: {
    label: 'Apprentice',
    short: 'more room, fewer surprises',
    explain: 'Capitals bend more on their red lines and answer more predictably: a first game, or a class short of time.',
    redline: 3.5,
    bias: -0.15,
    temperature: 0.22,
    driftNoise: 0.02,
    initiative: 0.6,
  },
  normal: {
    label: 'Diplomat',
    short: 'the model as documented',
    explain: 'The model as documented: red lines cost what the articles suggest, and answers carry some chance.',
    redline: 5,
    bias: -0.25,
    temperature: 0.25,
    driftNoise: 0.03,
    initiative: 0.8,
  },
  hard: {
    label: 'Veteran',
    short: 'harder red lines, more chance',
    explain: 'Red lines are harder, signing up costs more, and answers and moods swing more: closer to how hard it really was.',
    redline: 6.5,
    bias: -0.35,
    temperature: 0.3,
    driftNoise: 0.05,
    initiative: 1,
  },
};
