import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as eventGET } from '@/app/api/events/[id]/route';
import { GET as eventsGET } from '@/app/api/events/route';
import { GET as placesGET } from '@/app/api/places/route';
import { GET as situationGET } from '@/app/api/situation/route';
import { eventFeature, eventPage, placeCollection, situationSummary } from '@/lib/contract/wire';
import { distanceKm } from '@/lib/import/places';
import { runImport } from '@/lib/import/run-import';
import { getStore } from '@/lib/store';
import { fixture, tempDir } from '@/tests/fixtures/import-store';

// The UCDP sample imported into the store the route handlers read (this worker's own, seeded from
// data/), then read back through GET /api/events: each row's event where UCDP puts it, as precise
// as UCDP says, with its quote and UCDP's own citation.

type UcdpRow = Record<string, string>;
const seeded = new Set((JSON.parse(readFileSync('data/places.json', 'utf8')) as { id: string }[]).map((p) => p.id));
const rows = parse(readFileSync(fixture('ucdp-ged231-sample.csv')), { columns: true, bom: true }) as UcdpRow[];
const request = (path: string) => new Request(`http://localhost${path}`);
const json = async (r: Response | Promise<Response>) => (await r).json();
const ucdpEvents = async () => {
  const body = eventPage.parse(await json(eventsGET(request('/api/events?limit=1000'), undefined)));
  return new Map(body.features.filter((f) => f.id.startsWith('ucdp-ged-')).map((f) => [f.id, f]));
};

const WHERE = ['exact', 'near', 'district', 'province', 'region', 'country', 'water'];
const options = { format: 'ucdp-ged' as const, file: fixture('ucdp-ged231-sample.csv'), retrieved: '2026-01-10' };

describe('imported UCDP rows through the API', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    await runImport(await getStore(), options);
  });

  it('answers each row as an event at its coordinates, with its precision, quote and citation, in the wire format', async () => {
    const events = await ucdpEvents();
    expect(events.size).toBe(121);
    for (const row of rows) {
      const f = events.get(`ucdp-ged-${row.id}`)!;
      const p = f.properties;
      const at: [number, number] = [Number(row.longitude), Number(row.latitude)];
      if (seeded.has(f.properties.placeId)) expect(distanceKm(f.geometry.coordinates, at), row.id).toBeLessThanOrEqual(5);
      else expect(f.geometry.coordinates, row.id).toEqual(at);
      expect(p.locationPrecision, row.id).toBe(WHERE[Number(row.where_prec) - 1]);
      expect(p.date, row.id).toBe(row.date_start);
      expect(p.dateEnd, row.id).toBe(row.date_end);
      expect(p.datePrecision, row.id).toBe(row.date_start === row.date_end ? 'day' : 'span');
      const words = row.source_headline || row.where_description;
      expect(p.sources[0].quote, row.id).toBe(words.trim().length >= 12 ? words.trim() : `${row.source_headline ? 'source_headline' : 'where_description'}: ${words}`);
      expect(p.sources[0]).toMatchObject({ publisher: 'Uppsala Conflict Data Program (UCDP)', version: '23.1', licence: { name: 'CC BY 4.0' } });
      const offices = [...new Set(row.source_office.split(';').map((s) => s.trim()).filter(Boolean))].join('; ');
      expect(p.dataset?.citation?.replace(/…$/, ''), row.id).toBe((offices || row.source_article).replace(/\s+/g, ' ').trim().slice(0, p.dataset!.citation!.replace(/…$/, '').length));
      expect(p.fatalities?.best, row.id).toBe(Number(row.best));
    }
  });

  it('answers one imported event by id in the wire format', async () => {
    const body = eventFeature.parse(await json(eventGET(request('/api/events/ucdp-ged-335339'), { params: Promise.resolve({ id: 'ucdp-ged-335339' }) })));
    expect(body.properties).toMatchObject({ datePrecision: 'span', date: '2012-10-29', dateEnd: '2012-10-31', locationPrecision: 'province' });
  });

  it('marks an area-level place as such in /api/places, and credits UCDP with its licence in /api/situation', async () => {
    const places = placeCollection.parse(await json(placesGET(request('/api/places'), undefined)));
    expect(places.features.find((f) => f.id === 'hamah-governorate')?.properties.kind).toBe('province');
    const situation = situationSummary.parse(await json(situationGET(request('/api/situation'), undefined)));
    expect(situation.credits.join(' ')).toMatch(/Uppsala Conflict Data Program \(UCDP\)<\/a> \(<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/"[^>]*>CC BY 4\.0<\/a>\)/);
  });

  it('changes nothing on a second import of the same file, and updates the one event of an edited row', async () => {
    const store = await getStore();
    const before = await ucdpEvents();
    const again = await runImport(store, options);
    expect(again.result.kinds).toEqual([]);
    expect(await ucdpEvents()).toEqual(before);
    const edited = `${tempDir()}/ucdp-ged231-sample.csv`;
    writeFileSync(edited, readFileSync(options.file, 'utf8').replace(/^(303481,.*),2012-03-09,2012-03-09,5,0,0,0,5,5,5,/m, '$1,2012-03-09,2012-03-09,5,0,0,0,7,7,5,'));
    const report = await runImport(store, { ...options, file: edited });
    expect(report.events).toEqual({ inserted: 0, updated: 1, unchanged: 120 });
    await store.refresh();
    const after = await ucdpEvents();
    expect(after.get('ucdp-ged-303481')!.properties.fatalities).toEqual({ low: 5, best: 7, high: 7 });
    for (const [id, f] of before) if (id !== 'ucdp-ged-303481') expect(after.get(id), id).toEqual(f);
  });
});
