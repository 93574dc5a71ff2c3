import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controlCollection } from '@/lib/contract/wire';
import { controlAreasAt } from '@/lib/data/control';
import { runImport } from '@/lib/import/run-import';
import { fixture, freshStore, tempFile } from '@/tests/fixtures/import-store';

// Invented control areas (tests/fixtures/import/control-areas.geojson) with a mapping file naming
// which property is the area, the holder, the date and the quote.
const MAP = fixture('control-areas.mapping.json');
const importAreas = async (file = fixture('control-areas.geojson'), more = {}) => {
  const store = await freshStore();
  const report = await runImport(store, { format: 'geojson-control', file, mapFile: MAP, retrieved: '2026-01-10', ...more });
  return { store, report };
};
const geojson = () => JSON.parse(readFileSync(fixture('control-areas.geojson'), 'utf8'));

describe('importing GeoJSON control areas', { timeout: 60_000 }, () => {
  it('makes an area per feature id, with each feature a period of its history, quoted from its properties', async () => {
    const { store, report } = await importAreas();
    expect(report).toMatchObject({ rows: 3, imported: 3, rejected: 0, records: { areas: 3, control: 4, sources: 1 } });
    const periods = (await store.situation()).periodsByArea.get('fixture-control-map-manbij')!;
    expect(periods.map((p) => [p.actor, p.status, p.since?.date])).toEqual([
      ['syrian-democratic-forces', 'controlled', '2024-11-20'],
      ['syrian-national-army', 'captured', '2024-12-09'],
    ]);
    expect(periods[1].sources).toEqual([
      { sourceId: 'fixture-control-map-control-areas', quote: 'Invented fixture quote: the SNA took the Manbij pocket.' },
      { sourceId: 'fixture-control-map-control-areas', quote: 'date: 2024-12-09' },
    ]);
  });

  it('splits a MultiPolygon into areas of its own, one per part', async () => {
    const { store } = await importAreas();
    const areas = (await store.situation()).areaById;
    expect(areas.get('fixture-control-map-twin-part-1')).toMatchObject({ name: 'Twin hills (part 1 of 2)', geometryPrecision: 'front line' });
    expect(areas.get('fixture-control-map-twin-part-2')).toBeDefined();
  });

  it('answers the imported areas in /api/control\'s wire format on a day', async () => {
    const { store } = await importAreas();
    const body = controlCollection.parse(JSON.parse(JSON.stringify({ ...controlAreasAt(await store.situation(), '2024-12-10'), date: '2024-12-10', span: { start: '2024-11-20', end: '2024-12-10' } })));
    expect(body.features.find((f) => f.id === 'fixture-control-map-manbij')?.properties.actor.name).toBe('Syrian National Army');
  });

  it('refuses a feature whose ring is not closed, or that is not a polygon, naming the feature', async () => {
    const doc = geojson();
    doc.features[0].geometry.coordinates[0].pop();
    doc.features[2].geometry = { type: 'Point', coordinates: [38, 36] };
    const { report } = await importAreas(tempFile('bad.geojson', JSON.stringify(doc)), { dryRun: true });
    expect(report.rejects).toEqual([
      { at: 'features[0]', column: 'geometry', reason: 'polygon 1, ring 1 does not end where it starts' },
      { at: 'features[2]', column: 'geometry', reason: 'is a Point, not a Polygon or MultiPolygon' },
    ]);
  });

  it('needs its mapping file, and refuses a CSV', async () => {
    const store = await freshStore();
    await expect(runImport(store, { format: 'geojson-control', file: fixture('control-areas.geojson') })).rejects.toThrow(/needs a mapping file for the geojson-control format/);
    await expect(runImport(store, { format: 'geojson-control', file: fixture('acled-current.csv'), mapFile: MAP })).rejects.toThrow('acled-current.csv: file: is not GeoJSON (it is not JSON); it looks like an ACLED export: npm run import -- acled FILE');
  });
});
