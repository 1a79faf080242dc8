// Where each actor's marker goes: its capital projected, kept on screen, and nudged apart from
// its neighbours (Amman, Jerusalem and Damascus are a few pixels apart at this scale).
import type { GeoProjection } from 'd3-geo';
import { MAP_H, MAP_W } from './geo';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const MIN_GAP = 66;
const MARGIN = 40;
/** Labels are centred under markers: keep room for the longest one at the sides. */
const SIDE = 90;

export function placeActors(actors: { id: string; anchor: [number, number] }[], projection: GeoProjection): Placed[] {
  const pts = actors.map((a) => {
    const p = projection(a.anchor) ?? [MARGIN, MARGIN];
    return {
      id: a.id,
      x: Math.min(MAP_W - MARGIN, Math.max(MARGIN, p[0])),
      y: Math.min(MAP_H - MARGIN, Math.max(MARGIN, p[1])),
    };
  });
  // A few rounds of pairwise pushing, deterministic in the actors' order.
  for (let it = 0; it < 40; it++) {
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const a = pts[i]!;
        const b = pts[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy) || 0.01;
        if (d >= MIN_GAP) continue;
        const push = (MIN_GAP - d) / 2;
        const ux = dx / d || 1;
        const uy = dy / d;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
      }
    }
    for (const p of pts) {
      p.x = Math.min(MAP_W - SIDE, Math.max(SIDE, p.x));
      p.y = Math.min(MAP_H - MARGIN, Math.max(MARGIN, p.y));
    }
  }
  return pts;
}
