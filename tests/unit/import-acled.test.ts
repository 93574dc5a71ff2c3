import { describe, expect, it } from 'vitest';
import { runImport } from '@/lib/import/run-import';
import { editedFixture, fixture, freshStore, tempFile } from '@/tests/fixtures/import-store';

// ACLED's terms forbid passing its rows on: these fixtures are invented rows in ACLED's published
// columns, in the current 31-column layout (also as Excel saves it: BOM, ";" and CRLF) and in the
// older upper-case layout (EVENT_DATE as dd/mm/yyyy, numeric INTER codes, trailing empty columns).
const importAcled = async (name: string, more = {}) => {
  const store = await freshStore();
  const report = await runImport(store, { format: 'acled', file: name.includes('/') ? name : fixture(name), retrieved: '2026-01-10', ...more });
  return { store, report };
};

describe('importing an ACLED export', { timeout: 60_000 }, () => {
  it('reads the current layout: dates, precision, category, actors with their associates, and the dataset\'s citation', async () => {
    const { store, report } = await importAcled('acled-current.csv');
    expect(report).toMatchObject({ rows: 5, imported: 5, rejected: 0, sourceId: 'acled-current' });
    expect(await store.event('acled-syr900001')).toMatchObject({
      date: '2023-03-04',
      datePrecision: 'day',
      dateText: '2023-03-04',
      locationPrecision: 'exact',
      category: 'military',
      actors: ['military-forces-of-syria-2000-2024', 'hayat-tahrir-al-sham'],
      fatalities: { best: 3 },
      dataset: { name: 'ACLED', type: 'Battles', subType: 'Armed clash', rowId: 'SYR900001', citation: 'Fixture Monitor; Example Wire' },
      sources: [{ quote: 'Invented fixture row: on 4 March 2023 two invented units clashed at Saraqab. Not a real event.' }, { quote: 'event_date: 2023-03-04' }],
    });
  });

  it('keeps ACLED\'s time precision: a week from its Monday, a month from its first day', async () => {
    const { store } = await importAcled('acled-current.csv');
    expect(await store.event('acled-syr900002')).toMatchObject({ date: '2023-03-06', datePrecision: 'week', dateText: '2023-03-08', dateNote: expect.stringMatching(/time_precision 2/) });
    expect(await store.event('acled-syr900003')).toMatchObject({ date: '2023-03-01', datePrecision: 'month', dateNote: expect.stringMatching(/time_precision 3/) });
  });

  it('shows a region-level row (geo_precision 3) at a region place, not at the town whose point it borrows', async () => {
    const { store } = await importAcled('acled-current.csv');
    const event = (await store.event('acled-syr900003'))!;
    expect(event).toMatchObject({ placeId: 'idlib-region', locationPrecision: 'region', placeNote: expect.stringMatching(/ACLED gives only the region \(geo_precision 3\).*not at a town/) });
    expect((await store.situation()).placeById.get('idlib-region')).toMatchObject({ name: 'Idlib (region)', kind: 'region' });
    expect(event.actors).toEqual(['protesters-syria', 'women-syria', 'students-syria']);
  });

  it('maps strategic developments by sub-type (an agreement is diplomatic) and keeps a note with a newline verbatim', async () => {
    const { store } = await importAcled('acled-current.csv');
    const event = (await store.event('acled-syr900004'))!;
    expect(event.category).toBe('diplomatic');
    expect(event.sources[0].quote).toContain('in two lines:\nthe second line');
  });

  it('records the export as a source that may not be redistributed, with ACLED\'s terms and credit', async () => {
    const { store } = await importAcled('acled-current.csv');
    const source = (await store.sources(['acled-current'])).get('acled-current')!;
    expect(source).toMatchObject({ redistributable: false, licence: { name: 'ACLED Terms of Use' }, attribution: 'Armed Conflict Location & Event Data (ACLED); www.acleddata.com', retrieved: '2026-01-10' });
  });

  it('reads the same rows saved by Excel (BOM, ";", CRLF) into the same events', async () => {
    const a = await importAcled('acled-current.csv');
    const b = await importAcled('acled-excel-semicolon.csv');
    for (const id of ['acled-syr900001', 'acled-syr900003', 'acled-syr900004']) {
      const { sources: _s, ...x } = (await a.store.event(id))!;
      const { sources: _t, ...y } = (await b.store.event(id))!;
      expect(y, id).toEqual(x);
    }
  });

  it('reads the older upper-case layout: dd/mm/yyyy, numeric actor codes, old event types, trailing empty columns', async () => {
    const { store, report } = await importAcled('acled-old-uppercase.csv');
    expect(report).toMatchObject({ rows: 3, imported: 3 });
    expect(await store.event('acled-syr800001')).toMatchObject({ date: '2014-03-04', dateText: '04/03/2014', category: 'military', dataset: { type: 'Battle-No change of territory' }, sources: [{}, { quote: 'EVENT_DATE: 04/03/2014' }] });
    expect(await store.event('acled-syr800002')).toMatchObject({ date: '2014-03-17', datePrecision: 'week', locationPrecision: 'near' });
    expect(await store.event('acled-syr800003')).toMatchObject({ category: 'political', placeId: 'damascus' });
    expect((await store.situation()).actorById.get('protesters-syria')).toMatchObject({ kind: 'crowd' });
  });

  it('refuses an event type the category table does not know, and a precision code ACLED does not use', async () => {
    const bad = tempFile('acled-bad.csv', editedFixture('acled-current.csv', (t) => t.replace('Armed clash', 'Armed clash').replace(',Battles,', ',Skirmishes,').replace('SYR900002,2023-03-08,2023,2,', 'SYR900002,2023-03-08,2023,4,')));
    const { report } = await importAcled(bad, { dryRun: true });
    expect(report.rejects).toEqual([
      { at: 'row 2', column: 'event_type', reason: '"Skirmishes" is not in the category table (README, "Import datasets")' },
      { at: 'row 3', column: 'time_precision', reason: "4 is not one of ACLED's time_precision codes 1–3" },
    ]);
  });
});
