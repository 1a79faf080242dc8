// Real geography for the map: Natural Earth countries (world-atlas, 1:110m) projected with d3-geo
// and baked once into a canvas, so the map costs one textured quad a frame.
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { INK } from './palette';

export const MAP_W = 1000;
export const MAP_H = 640;

/** Europe, the Middle East and North Africa, centred on the eastern Mediterranean. */
export function makeProjection(): GeoProjection {
  const frame: FeatureCollection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[-14, 24], [58, 24], [-14, 58], [58, 58], [30, 20]] } }],
  };
  return geoConicConformal().parallels([25, 50]).rotate([-22, 0]).fitExtent([[20, 20], [MAP_W - 20, MAP_H - 20]], frame);
}

const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;

/** Draws the countries into a new canvas; the actors' home countries are a shade lighter. */
export function bakeMap(topology: unknown, projection: GeoProjection, highlight: Set<string>): HTMLCanvasElement {
  const topo = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const canvas = document.createElement('canvas');
  canvas.width = MAP_W;
  canvas.height = MAP_H;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = hex(INK.sea);
  ctx.fillRect(0, 0, MAP_W, MAP_H);
  const path = geoPath(projection, ctx);
  ctx.lineWidth = 0.8;
  ctx.strokeStyle = hex(INK.landEdge);
  for (const f of countries.features) {
    ctx.beginPath();
    path(f);
    ctx.fillStyle = hex(highlight.has(f.properties.name) ? INK.actorLand : INK.land);
    ctx.fill();
    ctx.stroke();
  }
  return canvas;
}

/** Natural Earth names of the actors' countries, for the lighter shade. */
export const COUNTRY_NAMES: Record<string, string> = {
  FRA: 'France', RUS: 'Russia', GBR: 'United Kingdom', DEU: 'Germany', TUR: 'Turkey', SAU: 'Saudi Arabia', QAT: 'Qatar', JOR: 'Jordan', EGY: 'Egypt', ISR: 'Israel', ARE: 'United Arab Emirates', IRN: 'Iran', SYR: 'Syria',
};
