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
