import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { placeRecord } from '@/lib/schemas/place';
import { placeFeature } from '@/lib/contract/wire';
import { parseGazetteer, placeOfEntry, searchGazetteer } from './geonames';

describe('searchGazetteer (data/gazetteer/geonames.tsv)', () => {
  it('finds Aleppo by its English, Arabic and transliterated names', () => {
    for (const q of ['Aleppo', 'حلب', 'Halab', 'Ḩalab']) expect(searchGazetteer(q, 5)[0].item).toMatchObject({ id: 170063, name: 'Aleppo', names: { en: 'Aleppo', ar: 'حلب' } });
  });

  it('finds Idlib by its Arabic name written with or without hamza', () => {
    for (const q of ['إدلب', 'ادلب', 'İdlib']) expect(searchGazetteer(q, 5)[0].item).toMatchObject({ id: 169389, country: 'SY', coordinates: [36.63393, 35.93062] });
  });

  it('answers a search in a few milliseconds once indexed', () => {
    searchGazetteer('x', 1);
    const t = performance.now();
    for (const q of ['a', 'hal', 'حمص', 'Gaziantep', 'qamishli']) searchGazetteer(q, 20);
    expect((performance.now() - t) / 5).toBeLessThan(20);
  });

  it('holds only the region asked for, each entry a valid new place', () => {
    const entries = parseGazetteer(readFileSync('data/gazetteer/geonames.tsv', 'utf8'));
    expect(new Set(entries.map((e) => e.country))).toEqual(new Set(['SY', 'TR', 'LB', 'IQ', 'JO', 'IL', 'PS', 'CY']));
    for (const e of entries) expect(placeRecord.safeParse(placeOfEntry(e, 'Somewhere', new Set())).success, String(e.id)).toBe(true);
  });
});

describe('placeOfEntry', () => {
  const [tellRifaat] = parseGazetteer('geonameid\tname\tar\tcountry\tfeature\tpopulation\tlat\tlon\tnames\n163476\tTall Rif‘at\tتل رفعت\tSY\tPPLA3\t25658\t36.47229\t37.09471\tTall Rif‘at|Tell Rifat|تل رفعت\n');

  it('makes a new place of the entry\'s names and point, the entry recorded as where the point came from', () => {
    expect(placeOfEntry(tellRifaat, 'Syria', new Set())).toEqual({
      id: 'tall-rifat',
      name: 'Tall Rif‘at',
      names: { en: 'Tall Rif‘at', ar: 'تل رفعت' },
      country: 'SY',
      countryName: 'Syria',
      coordinates: [37.09471, 36.47229],
      coordinatesFrom: { gazetteer: 'geonames', id: 163476, precision: 'settlement' },
    });
  });

  it('gives the new place another id when the map has one so called', () => {
    expect(placeOfEntry(tellRifaat, 'Syria', new Set(['tall-rifat'])).id).toBe('tall-rifat-163476');
  });
});

describe('a gazetteer place on the public API', () => {
  it('is a valid feature of GET /api/places, its GeoNames entry with it', () => {
    const [entry] = parseGazetteer(readFileSync('data/gazetteer/geonames.tsv', 'utf8'));
    const { id, coordinates, ...properties } = placeOfEntry(entry, 'Somewhere', new Set());
    const feature = { type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties: { ...properties, eventCount: 0 } };
    expect(placeFeature.parse(feature).properties.coordinatesFrom).toEqual({ gazetteer: 'geonames', id: entry.id, precision: expect.any(String) });
  });
});
