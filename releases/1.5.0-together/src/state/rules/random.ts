// Named seeded streams. A draw is keyed by (seed, purpose, round, actor, n), so one more action
// never shifts an unrelated draw: each key has its own generator, not a shared sequence.
import seedrandom from 'seedrandom';

export type Purpose = 'answer' | 'drift' | 'event' | 'policy' | 'agency';

/** A uniform number in [0, 1) for one key. Alea seeds fast, which matters in 1,000-game runs. */
export function draw(seed: number, purpose: Purpose, round: number, actor: string, n = 0): number {
  return seedrandom.alea(`${seed}|${purpose}|${round}|${actor}|${n}`)();
}

/**
 * A whole stream for one (seed, purpose, round), for steps that draw once for every actor or
 * event in a fixed order (drift, random events): the k-th value belongs to the k-th actor or
 * event of the scenario, so the player's moves never shift them.
 */
export function stream(seed: number, purpose: Purpose, round: number): () => number {
  return seedrandom.alea(`${seed}|${purpose}|${round}`);
}
