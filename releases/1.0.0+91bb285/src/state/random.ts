// Named seeded streams. A draw is keyed by (seed, purpose, round, actor, n), so one more action
// never shifts an unrelated draw: each key has its own generator, not a shared sequence.
import seedrandom from 'seedrandom';

export type Purpose = 'answer' | 'drift' | 'event' | 'policy';

/** A uniform number in [0, 1) for one key. Alea seeds fast, which matters in 1,000-game runs. */
export function draw(seed: number, purpose: Purpose, round: number, actor: string, n = 0): number {
  return seedrandom.alea(`${seed}|${purpose}|${round}|${actor}|${n}`)();
}

/** The same draw, mapped to [-1, 1). */
export const drawSigned = (seed: number, purpose: Purpose, round: number, actor: string, n = 0): number =>
  2 * draw(seed, purpose, round, actor, n) - 1;
