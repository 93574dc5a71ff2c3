import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { clipCountries, clipLines, countryLabelPoints, type Bbox } from './basemap';

const square = (name: string, [x0, y0, x1, y1]: Bbox): Feature<Polygon, { name: string }> => ({
  type: 'Feature',
  id: name,
  properties: { name },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
});
const countries: FeatureCollection<Polygon | MultiPolygon, { name: string }> = {
  type: 'FeatureCollection',
  features: [square('Inside', [1, 1, 2, 2]), square('Across', [8, 8, 12, 12]), square('Outside', [20, 20, 21, 21])],
};
const box: Bbox = [0, 0, 10, 10];

describe('clipCountries', () => {
  const clipped = clipCountries(countries, box);

  it('drops countries outside the box and keeps the rest by name', () => {
    expect(clipped.features.map((f) => f.properties.name)).toEqual(['Inside', 'Across']);
  });

  it('cuts a country that crosses the box edge to the edge', () => {
    const coords = (clipped.features[1].geometry as Polygon).coordinates[0];
    expect(Math.max(...coords.map(([x]) => x))).toBe(10);
    expect(Math.min(...coords.map(([x]) => x))).toBe(8);
  });

  it('does not change its input', () => {
    expect((countries.features[1].geometry as Polygon).coordinates[0][1]).toEqual([12, 8]);
  });
});

describe('clipLines', () => {
  it('keeps only the parts of lines inside the box', () => {
    const line = clipLines({ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [[[-5, 5], [5, 5]], [[20, 20], [30, 30]]] } }, box);
    expect(line.geometry.coordinates).toEqual([[[0, 5], [5, 5]]]);
  });
});

describe('countryLabelPoints', () => {
  it('puts the label of a C-shaped country inside it, not in its hollow', () => {
    const cShape: Feature<Polygon, { id: string; name: string }> = {
      type: 'Feature',
      properties: { id: 'c', name: 'C' },
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [6, 0], [6, 1], [1, 1], [1, 5], [6, 5], [6, 6], [0, 6], [0, 0]]] },
    };
    const [label] = countryLabelPoints({ type: 'FeatureCollection', features: [cShape] }).features;
    expect(booleanPointInPolygon(label, cShape)).toBe(true);
    expect(label.properties).toMatchObject({ id: 'c', name: 'C' });
    expect(label.properties.areaKm2).toBeGreaterThan(0);
  });
});
