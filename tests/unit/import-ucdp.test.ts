import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportOptions } from '@/lib/import/run-import';
import { parseScope } from '@/lib/import/scope';
import type { Store } from '@/lib/store';
import { editedFixture, fixture, freshStore, tempFile } from '@/tests/fixtures/import-store';

// The real UCDP GED 23.1 sample (../shared/data/ucdp, copied into tests/fixtures/import/): 121 rows,
// Syria 2011–2013 and Turkey 1989–2018, with quoted cells that hold tabs, quotes and newlines.
const SAMPLE = 'ucdp-ged231-sample.csv';
const options = (file: string, more: Partial<ImportOptions> = {}): ImportOptions => ({ format: 'ucdp-ged', file, retrieved: '2026-01-10', release: '23.1', ...more });
const importSample = (store: Store, more: Partial<ImportOptions> = {}) => runImport(store, options(fixture(SAMPLE), more));
const sampleLines = readFileSync(fixture(SAMPLE), 'utf8').split('\n');
/** The sample with the data line of one UCDP id changed (the first rows are one line each). */
const withRow = (id: string, edit: (line: string) => string) => editedFixture(SAMPLE, (t) => t.split('\n').map((l) => (l.startsWith(`${id},`) ? edit(l) : l)).join('\n'));

describe('importing the UCDP GED sample', { timeout: 60_000 }, () => {
  it('makes one event per row, keyed by UCDP id, with one source for the release', async () => {
    const store = await freshStore();
    const report = await importSample(store);
    expect(report).toMatchObject({ rows: 121, imported: 121, rejected: 0, sourceId: 'ucdp-ged-23-1-ucdp-ged231-sample', events: { inserted: 121, updated: 0, unchanged: 0 } });
    const [source] = [...(await store.sources(['ucdp-ged-23-1-ucdp-ged231-sample'])).values()];
    expect(source).toMatchObject({ publisher: 'Uppsala Conflict Data Program (UCDP)', version: '23.1', retrieved: '2026-01-10', licence: { name: 'CC BY 4.0' } });
    expect(source.attribution).toMatch(/^Uppsala Conflict Data Program, UCDP Georeferenced Event Dataset \(GED\) Global version 23\.1/);
    const event = (await store.event('ucdp-ged-186940'))!;
    expect(event).toMatchObject({
      date: '2011-10-02',
      datePrecision: 'day',
      dateText: '2011-10-02',
      locationPrecision: 'exact',
      category: 'military',
      // UCDP's "Government of Syria" is the hand-made actor whose aliases name it; "Syrian insurgents" is the dataset's own.
      actors: ['syrian-government', 'syrian-insurgents'],
      fatalities: { low: 24, best: 24, high: 100 },
      dataset: { name: 'UCDP GED', type: 'state-based conflict', rowId: '186940', citation: 'AFP 20111002' },
      sources: [
        { sourceId: 'ucdp-ged-23-1-ucdp-ged231-sample', quote: 'where_description: Rastan town' },
        { sourceId: 'ucdp-ged-23-1-ucdp-ged231-sample', quote: 'date_start: 2011-10-02\ndate_end: 2011-10-02' },
      ],
    });
    const actors = (await store.situation()).actorById;
    expect(actors.has('government-of-syria')).toBe(false);
    expect(actors.get('syrian-insurgents')).toMatchObject({ name: 'Syrian insurgents', kind: 'armed-group' });
  });

  it('prefers the headline as the quote, and keeps a headline with tabs and a list of names verbatim', async () => {
    const store = await freshStore();
    await importSample(store);
    expect((await store.event('ucdp-ged-303481'))!.sources[0].quote).toBe('Fierce shelling in Idlib city');
    expect((await store.event('ucdp-ged-187382'))!.sources[0].quote).toMatch(/^Name\tAyman Al Hindi;Name\tShafeek Yahia Mosharraf;/);
  });

  it('keeps a span of days as a span (date_prec 2), from date_start to date_end', async () => {
    const store = await freshStore();
    await importSample(store);
    expect(await store.event('ucdp-ged-335339')).toMatchObject({
      date: '2012-10-29',
      datePrecision: 'span',
      dateUntil: '2012-10-31',
      dateText: 'date_start: 2012-10-29\ndate_end: 2012-10-31',
      dateNote: expect.stringMatching(/date_prec 2/),
    });
  });

  it('puts a province-level row at the province, never at a town, and says so', async () => {
    const store = await freshStore();
    await importSample(store);
    const event = (await store.event('ucdp-ged-335339'))!;
    const place = (await store.situation()).placeById.get(event.placeId)!;
    expect(event.locationPrecision).toBe('province');
    expect(place).toMatchObject({ kind: 'province' });
    expect(place.name).toMatch(/governorate|province/);
    expect(event.placeNote).toMatch(/^Somewhere in .*: UCDP places it only in the province \(where_prec 4\); it is shown at the province's centre, not at a town/);
  });

  it('joins a row to a place of the same name within 5 km ("Aleppo town" is data/\'s Aleppo)', async () => {
    const store = await freshStore();
    await importSample(store);
    expect((await store.event('ucdp-ged-47058'))!.placeId).toBe('aleppo');
  });

  it('changes nothing when the same file is imported again', async () => {
    const store = await freshStore();
    const first = await importSample(store);
    const again = await importSample(store);
    expect(again.events).toEqual({ inserted: 0, updated: 0, unchanged: 121 });
    expect(again.result.kinds).toEqual([]);
    expect(again.result.version).toBe(first.result.version);
  });

  it('updates only the event of a row that changed', async () => {
    const store = await freshStore();
    await importSample(store);
    const edited = tempFile(SAMPLE, withRow('186940', (l) => l.replace(',24,100,24,652,', ',30,100,24,652,')));
    const report = await runImport(store, options(edited));
    expect(report.events).toEqual({ inserted: 0, updated: 1, unchanged: 120 });
    expect((await store.event('ucdp-ged-186940'))!.fatalities).toEqual({ low: 24, best: 30, high: 100 });
    // The event as the earlier release had it is kept as a revision, by the import that changed it.
    const revisions = await store.revisions('event', 'ucdp-ged-186940');
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ op: 'update', record: { fatalities: { low: 24, best: 24, high: 100 } } });
    expect(revisions[0].by).toMatch(/import/);
  });

  it('reads a quote cell that holds newlines as one cell, verbatim', async () => {
    const store = await freshStore();
    const edited = tempFile(SAMPLE, withRow('303481', (l) => l.replace(',Fierce shelling in Idlib city,SOHR,', ',"Fierce shelling\nin Idlib city, ""witnesses"" said",SOHR,')));
    await runImport(store, options(edited));
    expect((await store.event('ucdp-ged-303481'))!.sources[0].quote).toBe('Fierce shelling\nin Idlib city, "witnesses" said');
  });

  it('reads the UCDP API JSON the same way as the CSV', async () => {
    const store = await freshStore();
    const report = await runImport(store, { format: 'ucdp-ged', file: fixture('ucdp-gedevents-23.1-api.json'), retrieved: '2026-01-10' });
    expect(report).toMatchObject({ rows: 3, imported: 3, sourceId: 'ucdp-ged-23-1-ucdp-gedevents-23-1-api' });
    const csv = await freshStore();
    await importSample(csv);
    for (const id of ['ucdp-ged-186940', 'ucdp-ged-303481', 'ucdp-ged-335339']) {
      const { sources: fromJson, dateText: _a, ...json } = (await store.event(id))!;
      const { sources: fromCsv, dateText: _b, ...fromCsvRest } = (await csv.event(id))!;
      expect({ ...json, dateNote: undefined }, id).toEqual({ ...fromCsvRest, dateNote: undefined });
      expect(fromJson[0].quote).toBe(fromCsv[0].quote);
    }
  });

  it('reads older and newer layouts by column name: columns dropped, renamed, added and moved', async () => {
    const [header, ...rest] = sampleLines;
    const names = header.split(',');
    const older = names.map((n) => ({ best: 'best_est', low: 'low_est', high: 'high_est' })[n] ?? n);
    const store = await freshStore();
    const file = tempFile('ged-older.csv', [['start_year', 'iso3', ...older].join(','), ...rest.map((l) => (l ? `2011,SYR,${l}` : l))].join('\n'));
    const report = await runImport(store, options(file));
    expect(report.imported).toBe(121);
    expect((await store.event('ucdp-ged-186940'))!.fatalities).toEqual({ low: 24, best: 24, high: 100 });
  });
});

describe('refusing a bad UCDP file', { timeout: 60_000 }, () => {
  it('names the file, the row as a spreadsheet shows it, the column and the reason, and writes nothing', async () => {
    const store = await freshStore();
    const before = (await store.backend.versions()).version;
    const bad = tempFile('ged-bad.csv', withRow('186940', (l) => l.replace(',34.926532,36.732381,', ',95.2,36.732381,')));
    await expect(runImport(store, options(bad))).rejects.toThrow(/^ged-bad\.csv: row 2, latitude: 95\.2 is not between -90 and 90$/);
    expect((await store.backend.versions()).version).toBe(before);
    expect(await store.event('ucdp-ged-187382')).toBeUndefined();
  });

  it('refuses an impossible date and a period that ends before it starts', async () => {
    const store = await freshStore();
    const bad = tempFile('ged-dates.csv', withRow('186940', (l) => l.replace(',2011-10-02,2011-10-02,', ',2011-02-30,2011-10-02,')));
    await expect(runImport(store, options(bad))).rejects.toThrow('ged-dates.csv: row 2, date_start: 2011-02-30 is not a calendar date');
    const backwards = tempFile('ged-back.csv', withRow('186940', (l) => l.replace(',2011-10-02,2011-10-02,', ',2011-10-02,2011-09-02,')));
    await expect(runImport(store, options(backwards))).rejects.toThrow('ged-back.csv: row 2, date_end: 2011-09-02 is before date_start 2011-10-02');
  });

  it('refuses a second row with an id an earlier row has', async () => {
    const store = await freshStore();
    const twice = tempFile('ged-twice.csv', withRow('187382', (l) => l.replace(/^187382,/, '186940,')));
    await expect(runImport(store, options(twice))).rejects.toThrow('ged-twice.csv: row 3, id: 186940 is also the id of row 2');
  });

  it('with --skip-invalid, writes the other rows and reports the refused ones', async () => {
    const store = await freshStore();
    const bad = tempFile('ged-skip.csv', withRow('186940', (l) => l.replace(',34.926532,36.732381,', ',95.2,36.732381,')));
    const report = await runImport(store, options(bad, { skipInvalid: true }));
    expect(report).toMatchObject({ rows: 121, imported: 120, rejected: 1, rejects: [{ at: 'row 2', column: 'latitude', reason: '95.2 is not between -90 and 90' }] });
    expect(await store.event('ucdp-ged-186940')).toBeUndefined();
    expect(await store.event('ucdp-ged-187382')).toBeDefined();
  });

  it('says which columns a file lacks, and what it looks like instead', async () => {
    const store = await freshStore();
    const file = tempFile('ged-cut.csv', sampleLines.map((l, i) => (i === 0 ? l.replace('where_prec', 'wherep') : l)).join('\n'));
    await expect(runImport(store, options(file))).rejects.toThrow('ged-cut.csv: row 1: is not a UCDP GED file: it has no column where_prec');
    await expect(runImport(store, options(fixture('acled-current.csv')))).rejects.toThrow(/is not a UCDP GED file: .*; it looks like an ACLED export: npm run import -- acled FILE$/);
    await expect(runImport(store, options(fixture('unhcr-api-population.json')))).rejects.toThrow(/is JSON without a "Result" array, so it is not the UCDP API's JSON; it looks like the UNHCR API's JSON: npm run import -- unhcr FILE/);
  });

  it('refuses an empty file', async () => {
    const store = await freshStore();
    await expect(runImport(store, options(tempFile('empty.csv', '')))).rejects.toThrow('empty.csv: file: is empty');
  });
});

describe('a dry run and a newer export', { timeout: 60_000 }, () => {
  it('a dry run counts what would happen and writes nothing', async () => {
    const store = await freshStore();
    const report = await importSample(store, { dryRun: true });
    expect(report.result).toMatchObject({ dryRun: true, kinds: expect.arrayContaining(['events']) });
    expect(report.result.counts.inserted).toBe(report.records.events! + report.records.places! + report.records.actors! + report.records.sources!);
    expect(await store.event('ucdp-ged-186940')).toBeUndefined();
  });

  it('--replace-scope retracts the dataset\'s events in scope that the newer export no longer has, and only those', async () => {
    const store = await freshStore();
    await importSample(store);
    const dropped = ['187382', '186940'];
    const newer = tempFile('ged-newer.csv', editedFixture(SAMPLE, (t) => t.split('\n').filter((l) => !dropped.some((id) => l.startsWith(`${id},`))).join('\n')));
    const report = await runImport(store, options(newer, { replaceScope: parseScope('country=SY,from=2011-01-01,to=2011-12-31') }));
    expect(report.result.counts.retracted).toBe(2);
    expect(await store.event('ucdp-ged-186940')).toBeUndefined();
    expect(await store.event('ucdp-ged-187382')).toBeUndefined();
    expect(await store.event('aleppo-captured'), 'events of other sources stay').toBeDefined();
    const outOfScope = tempFile('ged-newest.csv', editedFixture(SAMPLE, (t) => t.split('\n').filter((l) => !l.startsWith('303481,')).join('\n')));
    const again = await runImport(store, options(outOfScope, { replaceScope: parseScope('country=TR') }));
    expect(again.result.counts.retracted, 'a Syrian row is out of a Turkish scope').toBe(0);
  });
});
