import { describe, expect, it } from 'vitest';
import { placeLayers, placePoints, PLACE_LAYER_IDS } from './place-layers';

const place = (id: string, kind?: string) => ({ id, geometry: { type: 'Point' as const, coordinates: [36, 35] }, properties: { name: id, names: {}, ...(kind && { kind }) } });

describe('placePoints', () => {
  it('marks an area (a place with a kind) apart from a town', () => {
    const points = placePoints([place('aleppo'), place('homs-governorate', 'province'), place('syria', 'country')], new Map([['aleppo', 2], ['homs-governorate', 1], ['syria', 3]]), 'en');
    expect(points.features.map((f) => [f.properties.placeId, f.properties.area])).toEqual([['aleppo', false], ['homs-governorate', true], ['syria', true]]);
  });
});

describe('placeLayers', () => {
  it('draws an area as a hollow ring in the place colour, a town as a filled dot', () => {
    const point = placeLayers('light', 'en-GB', null).find((l) => l.id === PLACE_LAYER_IDS.point)!;
    expect(point.paint).toMatchObject({ 'circle-opacity': ['case', ['get', 'area'], 0, 1], 'circle-stroke-color': ['case', ['get', 'area'], '#1f3147', '#ffffff'] });
  });
});
