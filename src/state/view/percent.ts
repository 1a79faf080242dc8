// Shares (commitment, deconfliction) in whole per cent, rounded down: a capital at 0.4975 reads 49%,
// never the 50% a member needs, so no text says "50%; members need 50%" of a capital left out.
// The epsilon keeps a share computed as 0.49999999… for a half at 50%.

/** A share in whole per cent, rounded down. */
export const wholePercent = (x: number): number => Math.floor(x * 100 + 1e-9);

/** "49%" */
export const percent = (x: number): string => `${wholePercent(x)}%`;

// A line (0–100) shown beside a bound it misses, with the gap between them: one rounding for both,
// so the two numbers always agree ("at most 45; it is 46, 1 point too far", never "46, 2 points").
// Whole points, unless rounding would show the very bound the line misses (45.4 of "at most 45"):
// then tenths, rounded away from the bound (45.5, 0.5 points).

/** A line beside a bound it misses: what to show, with how many decimals, and the gap in the same rounding. */
export interface Beside {
  line: number;
  gap: number;
  digits: 0 | 1;
}

/** `v` against `bound`, the least (`min`) or the most (`max`) it may be; `v` is outside it. */
export function besideBound(v: number, bound: number, side: 'min' | 'max'): Beside {
  const whole = Math.round(v);
  if (whole !== bound) return { line: whole, gap: Math.abs(whole - bound), digits: 0 };
  const tenths = side === 'max' ? Math.ceil(v * 10 - 1e-6) : Math.floor(v * 10 + 1e-6);
  const line = (side === 'max' ? Math.max(tenths, bound * 10 + 1) : Math.min(tenths, bound * 10 - 1)) / 10;
  return { line, gap: Math.round(Math.abs(line - bound) * 10) / 10, digits: 1 };
}

// A seeded roll shown beside the chance it was drawn against (a yes, or a member leaving, when the
// roll falls below the chance): whole numbers of 100, unless rounding would tell the draw the wrong
// way ("roll 33 of 100 against 33%" for a roll that fell below): then tenths, or hundredths.

/**
 * A roll (0–1) and a chance (0–1) as numbers of 100, rounded alike and as far as their order shows;
 * `below`: whether the draw fell below the chance (the rules' own verdict, from unrounded numbers).
 */
export function rollBeside(
  roll: number,
  chance: number,
  below = roll < chance,
): { roll: number; chance: number; digits: 0 | 1 | 2 } {
  for (const digits of [0, 1, 2] as const) {
    const k = 10 ** digits;
    const r = Math.round(roll * 100 * k) / k;
    const c = Math.round(chance * 100 * k) / k;
    if (r < c === below) return { roll: r, chance: c, digits };
  }
  // Equal to the hundredth: the stored numbers were rounded after the draw; show the verdict's order.
  const c = Math.round(chance * 10000) / 100;
  return { roll: below ? c - 0.01 : c, chance: c, digits: 2 };
}

/** Whether a line meets a term's bound (at least `min`, at most `max`). */
export const withinBound = (v: number, t: { min?: number; max?: number }): boolean =>
  (t.min === undefined || v >= t.min) && (t.max === undefined || v <= t.max);
