// Which marker a tap or a pointer means: the nearest one within reach. A finger needs a target
// of 44 CSS px, wider than the gap between the Levant's markers on a phone, so each marker answers
// within 22 CSS px of its shape or flag, and where two reaches meet the nearer marker wins.
// Pure geometry, so it is tested in Node.
import type { Placed } from './layout';

/** The flag's centre above the marker's (WorldMap draws it there). */
export const FLAG_DY = 26;

/**
 * Reach in map units at `ds` map units per CSS px: half of a 44 px target, and never less than
 * the marker and its flag's own half-size.
 */
export const reachFor = (ds: number): number => Math.max(28, Math.ceil(22 * ds));

/** Distance from (x, y) to the marker: to the segment from its shape's centre to its flag's. */
export function markerDistance(p: { x: number; y: number }, x: number, y: number): number {
  const cy = Math.min(p.y, Math.max(p.y - FLAG_DY, y));
  return Math.hypot(x - p.x, y - cy);
}

/** The marker nearest (x, y) within `reach` map units, or null; ties go to the earlier one. */
export function markerAt(places: readonly Placed[], x: number, y: number, reach: number): string | null {
  let best: string | null = null;
  let bestD = reach;
  for (const p of places) {
    const d = markerDistance(p, x, y);
    if (d <= bestD && (best === null || d < bestD)) {
      best = p.id;
      bestD = d;
    }
  }
  return best;
}
