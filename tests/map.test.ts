import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mapSvg, worldAtlas } from '../scripts/build-map';
import { MAP_H, MAP_W, makeProjection } from '../src/scenes/geo';
import { scenario } from './helpers';

describe('the map', () => {
  const svg = mapSvg(worldAtlas());

  it('is the committed assets/map.svg (run `npm run map` after changing geography)', () => {
    expect(readFileSync('assets/map.svg', 'utf8')).toBe(svg);
  });

  it('is real geography within the data budget: well under 100 KB gzipped', () => {
    expect(svg.match(/<path /g)!.length).toBeGreaterThan(60);
    expect(gzipSync(svg).length).toBeLessThan(100 * 1024);
  });

  it('puts every capital but Washington inside the frame', () => {
    const p = makeProjection();
    for (const a of scenario.actors) {
      const [x, y] = p(a.anchor)!;
      expect(x, a.id).toBeGreaterThan(0);
      expect(x, a.id).toBeLessThan(MAP_W);
      expect(y, a.id).toBeGreaterThan(0);
      expect(y, a.id).toBeLessThan(MAP_H);
    }
  });
});
