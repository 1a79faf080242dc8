// `npm run map`: writes assets/map.svg from world-atlas (Natural Earth, 1:110m). The output is
// committed; a test checks it still matches what this script makes.
import { geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_NAMES, makeProjection, MAP_H, MAP_W } from '../src/scenes/geo';
import { INK } from '../src/presentation/palette';

const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;

/**
 * The map as an SVG document: Natural Earth countries projected and clipped to the frame, the
 * actors' home countries a shade lighter. Built once by `npm run map` into assets/map.svg, so the
 * browser loads a picture instead of projecting 177 countries while WebGL boots.
 */
export function mapSvg(topology: unknown): string {
  const topo = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = makeProjection().clipExtent([
    [0, 0],
    [MAP_W, MAP_H],
  ]);
  const path = geoPath(projection).digits(1);
  const highlight = new Set(Object.values(COUNTRY_NAMES));
  const shapes = countries.features
    .map((f) => ({ d: path(f), actor: highlight.has(f.properties.name) }))
    .filter((x): x is { d: string; actor: boolean } => !!x.d)
    .map((x) => `<path class="${x.actor ? 'a' : 'c'}" d="${x.d}"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_W}" height="${MAP_H}" viewBox="0 0 ${MAP_W} ${MAP_H}">`,
    `<style>.c{fill:${hex(INK.land)}}.a{fill:${hex(INK.actorLand)}}path{stroke:${hex(INK.landEdge)};stroke-width:0.8}</style>`,
    `<rect width="${MAP_W}" height="${MAP_H}" fill="${hex(INK.sea)}"/>`,
    ...shapes,
    '</svg>',
    '',
  ].join('\n');
}

export function worldAtlas(): unknown {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
}

if (process.argv[1]?.endsWith('build-map.ts')) {
  writeFileSync('assets/map.svg', mapSvg(worldAtlas()));
  console.log('wrote assets/map.svg');
}
