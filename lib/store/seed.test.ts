import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '@/lib/schemas/event';
import { openStore, type Store } from '@/lib/store';
import { SqliteBackend } from '@/lib/store/sqlite';
import { dataDirOf, editedDataFiles, realDataFiles, seedFailure, storeFrom } from '@/tests/fixtures/data-files';

/** The real data as the store holds it, read back through its queries. */
async function seeded() {
  const store = await storeFrom();
  const { events } = await store.findEvents({}, { limit: 1000, offset: 0, order: 'asc' });
  const situation = await store.situation();
  const sources = await store.sources(events.flatMap((e) => e.sources.map((c) => c.sourceId)));
  return { events, eventById: new Map<string, EventRecord>(events.map((e) => [e.id, e])), placeById: situation.placeById, sources };
}

const data = await seeded();

describe('the store seeded from the real data', () => {

  it('finds every quote verbatim in its archived source text (read here, apart from the loader)', () => {
    const dir = path.join(process.cwd(), 'data');
    const sources = JSON.parse(readFileSync(path.join(dir, 'sources.json'), 'utf8')) as { id: string; file: string }[];
    const text = (id: string) => readFileSync(path.join(dir, 'sources', sources.find((s) => s.id === id)!.file), 'utf8');
    const cited = ['events.json', 'control.json', 'flows.json'].flatMap((file) =>
      (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { id: string; sources: { sourceId: string; quote: string }[]; series?: { year: number; source: { sourceId: string; quote: string } }[] }[]).flatMap((r) => [
        ...r.sources.map((c) => ({ where: `${file} ${r.id}`, ...c })),
        ...(r.series ?? []).map((p) => ({ where: `${file} ${r.id} ${p.year}`, ...p.source })),
      ]),
    );
    // 12 from the article; UNHCR's Syria→Türkiye flow: its latest figure and the 27 years of its
    // series; the Syria-origin table's 114 other hosts: each one's latest figure and 448 years in all.
    expect(cited.length).toBe(12 + 1 + 27 + 114 + 448);
    for (const { where, sourceId, quote } of cited) expect(text(sourceId), `${where}: "${quote}"`).toContain(quote);
  });

  it('sorts events by date, then id', () => {
    const keys = data.events.map((e) => `${e.date} ${e.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('places the three cities where they are', () => {
    const near = { aleppo: [37.16, 36.2], damascus: [36.29, 33.51], ankara: [32.85, 39.93] };
    for (const [id, [lon, lat]] of Object.entries(near)) {
      const [pLon, pLat] = data.placeById.get(id)!.coordinates;
      expect(Math.abs(pLon - lon), id).toBeLessThan(0.1);
      expect(Math.abs(pLat - lat), id).toBeLessThan(0.1);
    }
  });

  it('names the Syrian cities in Arabic and Ankara in Turkish', () => {
    expect(data.placeById.get('aleppo')!.names.ar).toBe('حلب');
    expect(data.placeById.get('damascus')!.names.ar).toBe('دمشق');
    expect(data.placeById.get('ankara')!.names.tr).toBe('Ankara');
  });
});

describe('event dates resolved against the article date', () => {
  const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

  const publishedOf = (e: { sources: { sourceId: string }[] }) => data.sources.get(e.sources[0].sourceId)!.published;
  const dayMs = 86_400_000;

  it('puts each event the source dates by a weekday on that weekday, within the week before publication', () => {
    const named = data.events.flatMap((e) => {
      const weekday = weekdays.find((d) => e.dateText.includes(d));
      return weekday ? [{ e, weekday }] : [];
    });
    expect(named.map(({ e }) => e.id)).toEqual(['aleppo-captured', 'araghchi-meets-assad', 'araghchi-fidan-talks']);
    for (const { e, weekday } of named) {
      expect(weekdays[new Date(`${e.date}T00:00:00Z`).getUTCDay()], e.id).toBe(weekday);
      const daysBefore = (Date.parse(publishedOf(e)) - Date.parse(e.date)) / dayMs;
      expect(daysBefore, e.id).toBeGreaterThanOrEqual(0);
      expect(daysBefore, e.id).toBeLessThan(7);
    }
  });

  it('dates "last week" to the Monday-to-Sunday week before publication, at week precision', () => {
    const offensive = data.eventById.get('opposition-offensive-launched')!;
    const published = new Date(`${publishedOf(offensive)}T00:00:00Z`);
    const mondayOfPublication = Date.parse(publishedOf(offensive)) - ((published.getUTCDay() + 6) % 7) * dayMs;
    const mondayBefore = new Date(mondayOfPublication - 7 * dayMs).toISOString().slice(0, 10);
    expect(offensive).toMatchObject({ date: mondayBefore, datePrecision: 'week', dateText: 'Last week' });
  });

  it('dates "later in the evening" to the same day as the visit it follows', () => {
    expect(data.eventById.get('araghchi-arrives-ankara')!.date).toBe(data.eventById.get('araghchi-meets-assad')!.date);
  });

  it('marks the announced Ankara talks as expected and credits AFP', () => {
    for (const id of ['araghchi-fidan-talks', 'araghchi-erdogan-talks']) {
      const e = data.eventById.get(id)!;
      expect(e.status, id).toBe('expected');
      expect(e.sources.map((c) => c.attribution), id).toEqual(['AFP']);
    }
  });
});

describe('seeding bad data', () => {
  it('names the file, record and reason for a quote that is not in the source', async () => {
    const e = await seedFailure(editedDataFiles('events.json', (r) => {
      (r[1].sources as { quote: string }[])[0].quote = 'Aleppo was captured on Friday by nobody';
    }));
    expect(e.file).toBe('data/events.json');
    expect(e.record).toBe('[1] (id "aleppo-captured").sources[0].quote');
    expect(e.reason).toMatch(/not found verbatim/);
  });

  it('rejects a date that is not a calendar date', async () => {
    const e = (await seedFailure(editedDataFiles('events.json', (r) => { r[0].date = '2024-11-31'; })));
    expect(e.message).toBe('data/events.json: [0] (id "opposition-offensive-launched").date: is not a calendar date');
  });

  it('rejects an event at a place that is not defined', async () => {
    const e = (await seedFailure(editedDataFiles('events.json', (r) => { r[2].placeId = 'atlantis'; })));
    expect(e.message).toMatch(/^data\/events\.json: \[2\] \(id "araghchi-meets-assad"\)\.placeId: place "atlantis" is not defined$/);
  });

  it('rejects an unknown status and an event with no source', async () => {
    expect((await seedFailure(editedDataFiles('events.json', (r) => { r[0].status = 'rumoured'; }))).record).toBe('[0] (id "opposition-offensive-launched").status');
    expect((await seedFailure(editedDataFiles('events.json', (r) => { r[3].sources = []; }))).reason).toBe('an event needs at least one source');
  });

  it('rejects a field the schema does not know, so a typo cannot pass silently', async () => {
    const e = (await seedFailure(editedDataFiles('places.json', (r) => { r[0].coordinate = [1, 2]; })));
    expect(e.file).toBe('data/places.json');
    expect(e.record).toBe('[0] (id "aleppo")');
  });

  it('rejects coordinates given as latitude, longitude out of range', async () => {
    const e = (await seedFailure(editedDataFiles('places.json', (r) => { r[2].coordinates = [32.85, 139.93]; })));
    expect(e.record).toBe('[2] (id "ankara").coordinates[1]');
  });

  it('rejects date words that none of the quotes contain', async () => {
    const e = (await seedFailure(editedDataFiles('events.json', (r) => { r[3].dateText = 'late on Sunday night'; })));
    expect(e.message).toBe('data/events.json: [3] (id "araghchi-arrives-ankara").dateText: the date words "late on Sunday night" appear in none of the record\'s quotes');
  });

  it('rejects a credited outlet the quote does not name', async () => {
    const e = (await seedFailure(editedDataFiles('events.json', (r) => { (r[4].sources as { attribution?: string }[])[0].attribution = 'Reuters'; })));
    expect(e.record).toBe('[4] (id "araghchi-fidan-talks").sources[0].attribution');
  });

  it('rejects a duplicate id', async () => {
    const e = (await seedFailure(editedDataFiles('events.json', (r) => { r[1].id = r[0].id; })));
    expect(e.reason).toBe('id is used twice');
  });

  it('rejects a file that is not JSON', async () => {
    const e = (await seedFailure({ ...realDataFiles(), 'actors.json': '[{"id": ' }));
    expect(e.file).toBe('data/actors.json');
    expect(e.reason).toMatch(/not valid JSON/);
  });

  it('rejects a source whose archived text is missing', async () => {
    const e = (await seedFailure(Object.fromEntries(Object.entries(realDataFiles()).filter(([name]) => !name.startsWith('sources/')))));
    expect(e.message).toMatch(/data\/sources\.json.*archived text data\/sources\/firstpost-2024-12-02-araghchi-ankara\.txt is missing/);
  });
});

describe('seeding bad control data', () => {
  it('rejects an inferred period with no inference note', async () => {
    const e = (await seedFailure(editedDataFiles('control.json', (r) => { delete r[0].inference; })));
    expect(e.message).toMatch(/^data\/control\.json: \[0\] \(id "aleppo-held-by-government"\)\.inference: an inferred period needs an inference note/);
  });

  it('rejects a second period with no start in the same area', async () => {
    const e = (await seedFailure(editedDataFiles('control.json', (r) => { delete r[1].since; })));
    expect(e.file).toBe('data/control.json');
    expect(e.reason).toMatch(/two periods starting at an unknown date/);
  });

  it('rejects a control quote that is not in the source', async () => {
    const e = (await seedFailure(editedDataFiles('control.json', (r) => { (r[1].sources as { quote: string }[])[1].quote = 'seized all of Aleppo overnight'; })));
    expect(e.record).toBe('[1] (id "aleppo-captured-by-opposition").sources[1].quote');
  });

  it('rejects a period for an area that is not defined', async () => {
    const e = (await seedFailure(editedDataFiles('control.json', (r) => { r[0].areaId = 'idlib'; })));
    expect(e.reason).toBe('area "idlib" is not defined');
  });
});

describe('seeding bad flows and itineraries', () => {
  it('rejects a figure whose words the quote does not carry (the qualifier stays)', async () => {
    const e = (await seedFailure(editedDataFiles('flows.json', (r) => { (r[0].magnitude as { text: string }).text = '3.2 million refugees'; })));
    expect(e.message).toBe('data/flows.json: [0] (id "syrian-refugees-in-turkey").magnitude.text: the figure words "3.2 million refugees" appear in none of the record\'s quotes');
  });

  it('rejects a flow to a country that is not defined', async () => {
    const e = (await seedFailure(editedDataFiles('flows.json', (r) => { r[0].destination = { country: 'ZZ' }; })));
    expect(e.record).toBe('[0] (id "syrian-refugees-in-turkey").destination.country');
  });

  it('rejects an itinerary stop whose event happened elsewhere', async () => {
    const e = (await seedFailure(editedDataFiles('itineraries.json', (r) => { (r[0].stops as { eventIds: string[] }[])[0].eventIds = ['aleppo-captured']; })));
    expect(e.reason).toBe('event "aleppo-captured" is at aleppo, not at the stop\'s place damascus');
  });

  it('rejects an itinerary with a single stop', async () => {
    const e = (await seedFailure(editedDataFiles('itineraries.json', (r) => { (r[0].stops as unknown[]).pop(); })));
    expect(e.reason).toBe('an itinerary needs at least two stops');
  });
});

describe('seeding bad itineraries', () => {
  it('rejects a stop event that does not name the traveller', async () => {
    const e = (await seedFailure(editedDataFiles('itineraries.json', (r) => { r[0].person = 'hakan-fidan'; })));
    expect(e.reason).toBe('event "araghchi-meets-assad" does not name hakan-fidan among its actors');
  });

  it('rejects a stop whose first event is not its earliest', async () => {
    const e = (await seedFailure(editedDataFiles('itineraries.json', (r) => { (r[0].stops as { eventIds: string[] }[])[1].eventIds = ['araghchi-fidan-talks', 'araghchi-arrives-ankara']; })));
    expect(e.reason).toMatch(/first event of a stop is its arrival/);
  });
});

describe('opening a store on a data folder that changed since it was seeded', () => {
  const events = (files: ReturnType<typeof realDataFiles>) => JSON.parse(files['events.json']) as { id: string; title: string }[];
  const retitled = editedDataFiles('events.json', (records) => (records[0].title = 'A title changed in data/'));
  const first = events(retitled)[0];

  async function reopen(seedCheck: 'wait' | 'background') {
    const dir = mkdtempSync(path.join(tmpdir(), 'situation-seedcheck-'));
    const file = path.join(dir, 'situation.sqlite');
    const data = dataDirOf(realDataFiles());
    await (await openStore(async () => new SqliteBackend(file), { seedDir: data })).close();
    writeFileSync(path.join(data, 'events.json'), retitled['events.json']);
    return openStore(async () => new SqliteBackend(file), { seedDir: data, seedCheck });
  }
  const titleOf = async (store: Store) => (await store.eventsById([first.id]))[0].title;

  it('waits for the new data by default (the commands)', async () => {
    const store = await reopen('wait');
    expect(await titleOf(store)).toBe('A title changed in data/');
    await store.close();
  });

  it('opens at once with what it holds and writes the change in behind (the server), telling subscribers', async () => {
    const store = await reopen('background');
    const heard = new Promise<string[]>((resolve) => store.subscribe((change) => resolve(change.kinds)));
    expect(await titleOf(store)).not.toBe('A title changed in data/');
    expect(await heard).toContain('events');
    await store.refresh();
    expect(await titleOf(store)).toBe('A title changed in data/');
    await store.close();
  });
});
