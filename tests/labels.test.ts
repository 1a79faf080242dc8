// The map's names: placed where they overlap nothing, or left to the list and the card.
import { describe, expect, it } from 'vitest';
import { MAP_H, MAP_W, makeProjection } from '../src/scenes/geo';
import { distanceTo, markerBox, placeLabels, type Box } from '../src/scenes/labels';
import { placeActors } from '../src/scenes/layout';
import { scenario } from './helpers';

const FRAME = { x: 0, y: 0, w: MAP_W, h: MAP_H };
const apart = (a: Box, b: Box) => a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;

function checkNoOverlap(labels: { id: string; x: number; y: number; w: number; h: number }[], keepOut: Box[]) {
  const spots = placeLabels(labels, keepOut, FRAME);
  const placed = [...spots.values()].filter((b): b is Box => b !== null);
  for (let i = 0; i < placed.length; i++) {
    const b = placed[i]!;
    expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= MAP_W && b.y + b.h <= MAP_H).toBe(true);
    for (const o of [...placed.slice(i + 1), ...keepOut, ...labels.map((l) => markerBox(l.x, l.y))])
      expect(apart(b, o)).toBe(true);
  }
  // Each name clearly by its own marker: any other at least twice as far.
  for (const l of labels) {
    const b = spots.get(l.id);
    if (!b) continue;
    for (const o of labels)
      if (o.id !== l.id) expect(distanceTo(b, o.x, o.y)).toBeGreaterThanOrEqual(2 * distanceTo(b, l.x, l.y));
  }
  return spots;
}

describe('names on the map', () => {
  const places = placeActors(scenario.actors, makeProjection());
  // Names about as wide as the map draws them at a font of `size` map units.
  const names = (size: number) =>
    places.map((p) => {
      const name = scenario.actors.find((a) => a.id === p.id)!.name;
      return { id: p.id, x: p.x, y: p.y, w: name.length * size * 0.55 + 6, h: size * 1.2 + 2 };
    });

  it('never overlap one another, a marker or the legend, at the desktop size and at a phone size', () => {
    const boxes = [
      { x: 16, y: 16, w: 190, h: 166 },
      { x: 16, y: MAP_H - 120, w: 290, h: 104 },
    ];
    const desktop = checkNoOverlap(names(19), boxes);
    const phone = checkNoOverlap(names(42), []);
    // The desktop map has room for most names; a phone-sized font leaves some to the list.
    const shown = (m: Map<string, Box | null>) => [...m.values()].filter(Boolean).length;
    expect(shown(desktop)).toBeGreaterThan(places.length / 2);
    expect(shown(phone)).toBeLessThan(places.length);
    expect(shown(phone)).toBeGreaterThan(0);
  });

  it('tries below the marker, then above its flag, then beside it; with no room at all, leaves the name out', () => {
    const one = [{ id: 'A', x: 500, y: 300, w: 80, h: 24 }];
    const below = placeLabels(one, [], FRAME).get('A')!;
    expect(below.y).toBeGreaterThan(300);
    const blockBelow = { x: 400, y: 316, w: 200, h: 60 };
    const above = placeLabels(one, [blockBelow], FRAME).get('A')!;
    expect(above.y + above.h).toBeLessThan(300 - 26);
    const blockAbove = { x: 400, y: 200, w: 200, h: 64 };
    const right = placeLabels(one, [blockBelow, blockAbove], FRAME).get('A')!;
    expect(right.x).toBeGreaterThan(500);
    expect(
      placeLabels(
        one,
        [
          { x: 0, y: 0, w: MAP_W, h: 280 },
          { x: 0, y: 316, w: MAP_W, h: 300 },
          { x: 0, y: 0, w: 484, h: MAP_H },
          { x: 516, y: 0, w: 484, h: MAP_H },
        ],
        FRAME,
      ).get('A'),
    ).toBeNull();
    // Two names wanting one spot (markers side by side): the first given wins it.
    const two = placeLabels([...one, { id: 'B', x: 580, y: 300, w: 80, h: 24 }], [], FRAME);
    expect(two.get('A')!.y).toBeGreaterThan(300);
    expect(two.get('B')).not.toBeNull();
    // Two markers on one spot: no name could say whose it is, so both are left to the list.
    const same = placeLabels([...one, { id: 'B', x: 500, y: 300, w: 80, h: 24 }], [], FRAME);
    expect([same.get('A'), same.get('B')]).toEqual([null, null]);
  });

  it('never puts a name beside another marker (the playtest\'s "France (you)" by the US marker)', () => {
    // France and the United States where the map puts them, names as a phone draws them (43 units).
    const france = { id: 'fr', x: 311, y: 212, w: 270, h: 52 };
    const us = { id: 'us', x: 134, y: 253, w: 280, h: 52 };
    const spots = placeLabels([france, us], [], FRAME);
    const fr = spots.get('fr');
    // Centred under France it would run up to the US marker: it runs right from under France instead.
    if (fr) expect(distanceTo(fr, us.x, us.y)).toBeGreaterThan(2 * distanceTo(fr, france.x, france.y));
    expect(fr).not.toBeNull();
    expect(fr!.x + fr!.w / 2).not.toBe(france.x);
    // Running right from under France, clear of the US.
    expect(fr!.x).toBeGreaterThanOrEqual(france.x - 16);
    // Each name at least a line's height farther from the other marker than from its own.
    for (const [b, own, other] of [
      [fr, france, us],
      [spots.get('us'), us, france],
    ] as const)
      if (b) expect(distanceTo(b, other.x, other.y)).toBeGreaterThanOrEqual(distanceTo(b, own.x, own.y) + b.h);
    const u = spots.get('us');
    if (u) expect(distanceTo(u, france.x, france.y)).toBeGreaterThan(2 * distanceTo(u, us.x, us.y));
  });
});
