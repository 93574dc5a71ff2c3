import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runImport } from '@/lib/import/run-import';
import { fixture, freshStore, tempFile } from '@/tests/fixtures/import-store';

// Any CSV of events, through a mapping file: the generic path the named formats are presets of.
// The fixture is saved as Excel does where the comma is the decimal mark: BOM, ";", CRLF, "36,2021".
const MAP = fixture('events-any.mapping.json');
const mapping = () => JSON.parse(readFileSync(MAP, 'utf8'));

describe('importing any CSV of events with a mapping file', { timeout: 60_000 }, () => {
  it('reads the columns the mapping names, the fixed values and the category table', async () => {
    const store = await freshStore();
    const report = await runImport(store, { format: 'csv', file: fixture('events-any.csv'), mapFile: MAP, retrieved: '2026-01-10' });
    expect(report).toMatchObject({ rows: 2, imported: 2, rejected: 0, sourceId: 'fixture-monitor-events-any' });
    expect(await store.event('fixture-monitor-ex-1')).toMatchObject({
      date: '2024-12-01',
      datePrecision: 'day',
      dateText: '01/12/2024',
      placeId: 'aleppo',
      category: 'military',
      actors: ['invented-air-force'],
      dataset: { name: 'Fixture Monitor', type: 'Airstrike', rowId: 'EX-1', citationUrl: 'https://example.org/report/1' },
      sources: [{ quote: 'Invented fixture row: an airstrike was reported in Aleppo, "as witnesses said";\nno real event.' }, { quote: 'when: 01/12/2024' }],
    });
    expect(await store.event('fixture-monitor-ex-2')).toMatchObject({ category: 'humanitarian', placeId: 'tell-rifaat' });
    expect((await store.sources(['fixture-monitor-events-any'])).get('fixture-monitor-events-any')).toMatchObject({ publisher: 'Fixture Monitor', attribution: 'Fixture Monitor (invented)', licence: { name: 'CC BY 4.0' } });
  });

  it('says which column the mapping names that the file lacks', async () => {
    const store = await freshStore();
    const map = tempFile('m.json', JSON.stringify({ ...mapping(), columns: { ...mapping().columns, latitude: 'latitude' } }));
    await expect(runImport(store, { format: 'csv', file: fixture('events-any.csv'), mapFile: map })).rejects.toThrow('events-any.csv: row 1: has no column latitude, which m.json names');
  });

  it('refuses a mapping that lacks what it needs, naming the field', async () => {
    const store = await freshStore();
    const { date: _d, ...columns } = mapping().columns;
    await expect(runImport(store, { format: 'csv', file: fixture('events-any.csv'), mapFile: tempFile('m.json', JSON.stringify({ ...mapping(), columns })) })).rejects.toThrow(/^m\.json: columns\.date: /);
    await expect(runImport(store, { format: 'csv', file: fixture('events-any.csv'), mapFile: tempFile('m.json', JSON.stringify({ ...mapping(), source: { title: 'x' } })) })).rejects.toThrow('m.json: source.publisher: is needed: the importer cannot know it for a file of this kind');
  });

  it('refuses a type the categories table lacks', async () => {
    const store = await freshStore();
    const map = tempFile('m.json', JSON.stringify({ ...mapping(), categories: { Airstrike: 'military' } }));
    const report = await runImport(store, { format: 'csv', file: fixture('events-any.csv'), mapFile: map, dryRun: true });
    expect(report.rejects).toEqual([{ at: 'row 3', column: 'kind', reason: '"Aid delivery" is not in the mapping\'s categories table' }]);
  });
});
