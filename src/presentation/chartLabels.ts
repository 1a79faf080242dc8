// Where a chart's threshold labels go ("grand coalition needs 60"): beside their line, where no
// curve, no other line and no other label passes, so a reader never takes a curve for part of a
// word or a word for a point of data. A label with no free spot is left to the chart's key, drawn
// outside the plot. Pure geometry, shared by the page's SVG chart and the Phaser debrief.

/** A rectangle by its top-left corner, in the chart's units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Pt {
  x: number;
  y: number;
}

/** Clearance kept between a label and a line (its dots too) or another label, by default. */
const CLEAR = 3;
/** Spots tried along each side of a threshold line. */
const STEPS = 16;

/** Whether the segment a–b passes through the box grown by `pad` on every side. */
function segmentHits(a: Pt, b: Pt, box: Box, pad = CLEAR): boolean {
  const x0 = box.x - pad;
  const x1 = box.x + box.w + pad;
  const y0 = box.y - pad;
  const y1 = box.y + box.h + pad;
  const [p, q] = a.x <= b.x ? [a, b] : [b, a];
  if (q.x < x0 || p.x > x1) return false;
  // The segment's part over the box's width: its y runs between the ys at the two clipped ends.
  const at = (x: number) => (q.x === p.x ? p.y : p.y + ((q.y - p.y) * (x - p.x)) / (q.x - p.x));
  const ya = q.x === p.x ? Math.min(p.y, q.y) : at(Math.max(x0, p.x));
  const yb = q.x === p.x ? Math.max(p.y, q.y) : at(Math.min(x1, q.x));
  return Math.max(ya, yb) >= y0 && Math.min(ya, yb) <= y1;
}

/** Whether any segment of the polyline passes through the box (a lone point counts as a dot). */
export function lineHits(line: Pt[], box: Box, pad = CLEAR): boolean {
  if (line.length === 1) return segmentHits(line[0]!, line[0]!, box, pad);
  for (let i = 1; i < line.length; i++) if (segmentHits(line[i - 1]!, line[i]!, box, pad)) return true;
  return false;
}

export const boxesMeet = (a: Box, b: Box, pad = CLEAR): boolean =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

export interface ThresholdLabel {
  /** The threshold line's height in the chart. */
  y: number;
  /** The label's size at the chart's font. */
  w: number;
  h: number;
}

/**
 * A spot for each threshold's label, just above or just below its own line inside `plot`, that
 * no curve, no other threshold line, no box in `avoid` and no label placed before it comes near; null when there
 * is none (the caller puts that label in a key outside the plot). Tried above the line first,
 * from the left; `clear` is the room kept around it.
 */
export function placeThresholdLabels(
  labels: ThresholdLabel[],
  curves: Pt[][],
  plot: Box,
  avoid: Box[] = [],
  clear = CLEAR,
): (Box | null)[] {
  const lines = labels.map((l) => [
    { x: plot.x, y: l.y },
    { x: plot.x + plot.w, y: l.y },
  ]);
  const taken: Box[] = [...avoid];
  return labels.map((l, i) => {
    const others = [...curves, ...lines.filter((_, j) => j !== i)];
    const room = plot.w - l.w - 2 * clear;
    if (room < 0) return null;
    for (const y of [l.y - clear - l.h, l.y + clear])
      for (let s = 0; s <= STEPS; s++) {
        const c = { x: plot.x + clear + (room * s) / STEPS, y, w: l.w, h: l.h };
        if (c.y < plot.y || c.y + c.h > plot.y + plot.h) continue;
        if (others.some((o) => lineHits(o, c, clear)) || taken.some((t) => boxesMeet(c, t, clear))) continue;
        taken.push(c);
        return c;
      }
    return null;
  });
}
