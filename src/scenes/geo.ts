// Real geography for the map: Natural Earth countries (world-atlas, 1:110m) projected with d3-geo.
// The same projection places the actors' markers in the browser.
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';

export const MAP_W = 1000;
export const MAP_H = 640;

/** Europe, the Middle East and North Africa, centred on the eastern Mediterranean. */
export function makeProjection(): GeoProjection {
  const frame: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [-14, 24],
            [58, 24],
            [-14, 58],
            [58, 58],
            [30, 20],
          ],
        },
      },
    ],
  };
  return geoConicConformal()
    .parallels([25, 50])
    .rotate([-22, 0])
    .fitExtent(
      [
        [20, 20],
        [MAP_W - 20, MAP_H - 20],
      ],
      frame,
    );
}

/** Natural Earth names of the actors' countries, for the lighter shade. */
export const COUNTRY_NAMES: Record<string, string> = {
  FRA: 'France',
  RUS: 'Russia',
  GBR: 'United Kingdom',
  DEU: 'Germany',
  TUR: 'Turkey',
  SAU: 'Saudi Arabia',
  QAT: 'Qatar',
  JOR: 'Jordan',
  EGY: 'Egypt',
  ISR: 'Israel',
  ARE: 'United Arab Emirates',
  IRN: 'Iran',
  SYR: 'Syria',
};
