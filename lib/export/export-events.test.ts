import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventExport } from '@/lib/contract/wire';
import type { Store } from '@/lib/store';
import { editedDataFiles, storeFrom } from '@/tests/fixtures/data-files';
import { CSV_COLUMNS, exportChunks, exportFileName } from './export-events';

const HOSTILE = '=HYPERLINK("http://evil.example/x","click me")';
const source = (id: string, extra: object = {}) => ({ id, file: `${id}.txt`, url: `https://example.org/${id}`, publisher: `Publisher ${id}`, title: `Title ${id}`, published: '2024-12-01', language: 'en', ...extra });
const event = (id: string, sources: { sourceId: string; quote: string }[], extra: object = {}) => ({
  id, date: '2024-11-30', datePrecision: 'day', dateText: 'On Saturday', placeId: 'aleppo', category: 'military', actors: [], status: 'reported', title: `Event ${id}`, summary: 'A summary.', sources, ...extra,
});

/** The real data with a hostile source, a source whose terms forbid redistribution, and events citing them. */
function fixtureFiles() {
  let files = editedDataFiles('sources.json', (s) => {
    s.push(source('hostile-source'), source('closed-source', { redistributable: false, licence: { name: 'ACLED terms of use' } }));
  });
  files = { ...files, 'sources/hostile-source.txt': `On Saturday ${HOSTILE} was written here.`, 'sources/closed-source.txt': 'On Saturday something closed happened, said the closed source.' };
  return editedDataFiles(
    'events.json',
    (e) => {
      // The date words must stand in a quote: here they are inside the hostile one.
      e.push(event('hostile-event', [{ sourceId: 'hostile-source', quote: HOSTILE }], { dateText: 'click me', title: '+1+1', summary: '@SUM(A1:A9)' }));
      e.push(event('mixed-event', [{ sourceId: 'hostile-source', quote: `On Saturday ${HOSTILE}` }, { sourceId: 'closed-source', quote: 'something closed happened' }]));
      e.push(event('closed-event', [{ sourceId: 'closed-source', quote: 'On Saturday something closed happened' }]));
    },
    files,
  );
}

const text = async (store: Store, query: Parameters<typeof exportChunks>[1]) => {
  let out = '';
  for await (const chunk of exportChunks(store, query)) out += chunk;
  return out;
};

describe('exportChunks', () => {
  let store: Store;
  beforeAll(async () => {
    store = await storeFrom(fixtureFiles());
  }, 60_000);

  it('writes CSV that a CSV parser reads back, one row per event, with a BOM and the header', async () => {
    const csv = await text(store, { format: 'csv', place: 'aleppo' });
    expect(csv.startsWith('\uFEFFid,date,')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const events = rows.filter((r) => r.id);
    expect(events.map((r) => r.id)).toContain('hostile-event');
    const { total } = await store.findEvents({ place: 'aleppo' }, { limit: 1, offset: 0, order: 'asc' });
    expect(events.length).toBe(total - 1); // closed-event is left out
  });

  it('leaves a hostile quote, title and summary inert: each starts with an apostrophe', async () => {
    const rows = parse(await text(store, { format: 'csv' }), { bom: true, columns: true }) as Record<string, string>[];
    const hostile = rows.find((r) => r.id === 'hostile-event')!;
    expect(hostile.source_quotes).toBe(`'${HOSTILE}`);
    expect(hostile.title).toBe("'+1+1");
    expect(hostile.summary).toBe("'@SUM(A1:A9)");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell, JSON.stringify(row)).not.toMatch(/^[=+@]|^-(?!\d)/);
  });

  it('leaves out sources that forbid redistribution, and events with no other source, and says so in the file', async () => {
    const rows = parse(await text(store, { format: 'csv' }), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).not.toContain('closed-event');
    const mixed = rows.find((r) => r.id === 'mixed-event')!;
    expect(mixed.source_publishers).toBe('Publisher hostile-source');
    const note = rows.at(-1)!;
    expect(note.id).toBe('');
    expect(note.summary).toMatch(/^Left out: 1 events and 1 further citations of closed-source\. .*redistribution/);
    const geo = JSON.parse(await text(store, { format: 'geojson' }));
    expect(geo.omitted).toMatchObject({ events: 1, citations: 1, sources: ['closed-source'] });
    expect(JSON.stringify(geo.features)).not.toContain('closed-source');
  });

  it('puts the HXL hashtag row under the header, one hashtag per column', async () => {
    const rows = parse(await text(store, { format: 'hxl', place: 'damascus' }), { bom: true }) as string[][];
    expect(rows[0]).toEqual(CSV_COLUMNS.map(([h]) => h));
    expect(rows[1].every((tag) => /^#[a-z]+(\+[a-z]+)*$/.test(tag))).toBe(true);
    expect(rows[1].slice(0, 3)).toEqual(['#event+id', '#date+start', '#date+end']);
    expect(rows.length).toBe(3);
  });

  it('writes GeoJSON that a GeoJSON validator accepts, every feature with its sources as the API gives them', async () => {
    const geojson = await text(store, { format: 'geojson' });
    expect(() => check(geojson)).not.toThrow();
    const parsed = eventExport.parse(JSON.parse(geojson));
    const { events } = await store.findEvents({}, { limit: 1000, offset: 0, order: 'asc' });
    expect(parsed.features.map((f) => f.id)).toEqual(events.map((e) => e.id).filter((id) => id !== 'closed-event'));
    const talks = parsed.features.find((f) => f.id === 'araghchi-fidan-talks')!;
    expect(talks.properties.sources[0]).toMatchObject({ publisher: 'Firstpost', attribution: 'AFP', quote: expect.stringContaining('Hakan Fidan') });
  });

  it('exports nothing but the frame for a filter nothing matches', async () => {
    const geo = JSON.parse(await text(store, { format: 'geojson', from: '2030-01-01' }));
    expect(geo).toEqual({ type: 'FeatureCollection', features: [], omitted: { events: 0, citations: 0, sources: [], reason: expect.any(String) } });
    expect(() => check(JSON.stringify(geo))).not.toThrow();
  });
});

describe('exportFileName', () => {
  it('says what the file holds', () => {
    expect(exportFileName({ format: 'hxl', place: 'aleppo', to: '2024-12-01' })).toBe('events-aleppo-to-2024-12-01-hxl.csv');
    expect(exportFileName({ format: 'geojson' })).toBe('events.geojson');
  });
});
