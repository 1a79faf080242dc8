// Where each actor's name goes on the map: below its marker if there is room (centred, or running
// right or left from under it), else above its flag, right or left of it; a name that fits nowhere without touching another name, marker or box, or
// only where it would sit nearer another marker than its own, is left out, and read in the list
// and on the card instead. Pure geometry, so it is tested in Node.

/** A rectangle by its top-left corner, in map units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelInput {
  id: string;
  /** The marker's centre. */
  x: number;
  y: number;
  /** The name's size at the current font. */
  w: number;
  h: number;
}

/** The marker's shape (radius 15 with the player's square) and its flag above it (28×21 at y−26). */
export const markerBox = (x: number, y: number): Box => ({ x: x - 16, y: y - 37, w: 32, h: 52 });

const GAP = 2;

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w + GAP && b.x < a.x + a.w + GAP && a.y < b.y + b.h + GAP && b.y < a.y + a.h + GAP;

const inside = (a: Box, frame: Box): boolean =>
  a.x >= frame.x && a.y >= frame.y && a.x + a.w <= frame.x + frame.w && a.y + a.h <= frame.y + frame.h;

/**
 * The spots tried for one name, best first: centred below the marker, then running right or left
 * from under it (clear of a neighbour on one side), the same above its flag, then beside it.
 */
function candidates(l: LabelInput): Box[] {
  const m = markerBox(l.x, l.y);
  const mid = l.y - l.h / 2;
  const d = GAP + 1;
  const xs = [l.x - l.w / 2, m.x, m.x + m.w - l.w];
  return [
    ...xs.map((x) => ({ x, y: m.y + m.h + d, w: l.w, h: l.h })),
    ...xs.map((x) => ({ x, y: m.y - l.h - d, w: l.w, h: l.h })),
    { x: m.x + m.w + d, y: mid, w: l.w, h: l.h },
    { x: m.x - l.w - d, y: mid, w: l.w, h: l.h },
  ];
}

/** Distance from a point to a box (0 inside it). */
export const distanceTo = (b: Box, x: number, y: number): number =>
  Math.hypot(Math.max(b.x - x, 0, x - b.x - b.w), Math.max(b.y - y, 0, y - b.y - b.h));

/**
 * Whether a name in box `c` reads as its own marker's: every other marker at least twice as far
 * from it, and a line of the name's height farther (a name that runs up to a neighbour, even
 * clear of it, is taken for the neighbour's).
 */
const byOwnMarker = (c: Box, own: { x: number; y: number }, others: { x: number; y: number }[]): boolean => {
  const d = distanceTo(c, own.x, own.y);
  return others.every((o) => distanceTo(c, o.x, o.y) >= Math.max(2 * d, d + c.h));
};

/**
 * Places the names in the order given (put the player's first): each at its first candidate spot
 * inside `frame` that overlaps no marker, no box in `keepOut` and no name already placed, and is
 * clearly nearer its own marker than any other; null when there is none.
 */
export function placeLabels(labels: LabelInput[], keepOut: Box[], frame: Box): Map<string, Box | null> {
  const taken: Box[] = [...labels.map((l) => markerBox(l.x, l.y)), ...keepOut];
  const out = new Map<string, Box | null>();
  for (const l of labels) {
    const others = labels.filter((o) => o.id !== l.id);
    const spot =
      candidates(l).find((c) => inside(c, frame) && !taken.some((t) => overlaps(c, t)) && byOwnMarker(c, l, others)) ??
      null;
    if (spot) taken.push(spot);
    out.set(l.id, spot);
  }
  return out;
}
