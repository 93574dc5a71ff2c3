import { describe, expect, it } from 'vitest';
import { flowCollection } from '@/lib/contract/wire';
import { flowFeatures } from '@/lib/data/flows';
import { runImport } from '@/lib/import/run-import';
import { fixture, freshStore } from '@/tests/fixtures/import-store';

// The real UNHCR Refugee Data Finder tables (../shared/data/unhcr, copied into tests/fixtures/import/).
const importUnhcr = (store: Awaited<ReturnType<typeof freshStore>>, name: string, more = {}) => runImport(store, { format: 'unhcr', file: fixture(name), retrieved: '2026-01-10', ...more });

describe('importing UNHCR population tables', { timeout: 60_000 }, () => {
  it('makes the Syria → Türkiye table one flow with its figure for every year, each quoted from its row', async () => {
    const store = await freshStore();
    const report = await importUnhcr(store, 'unhcr-population-syr-to-tur.csv');
    expect(report).toMatchObject({ rows: 27, imported: 27, rejected: 0 });
    const flow = (await store.situation()).flows.find((f) => f.id === 'unhcr-refugees-sy-tr')!;
    expect(flow).toMatchObject({
      origin: { country: 'SY' },
      destination: { country: 'TR' },
      magnitude: { value: 2_347_756, qualifier: 'exactly', text: 'refugees: 2347756' },
      asOf: { date: '2025-12-31', text: 'year: 2025' },
      label: '2,347,756 refugees from Syria in Turkey, end of 2025 (UNHCR)',
    });
    const y2023 = flow.series!.find((p) => p.year === 2023)!;
    expect(y2023).toMatchObject({ value: 3_214_780, text: 'refugees: 3214780' });
    expect(y2023.source.quote).toMatch(/^year: 2023\ncoo_name: Syrian Arab Rep\.\n.*\nrefugees: 3214780\n/s);
    expect(flow.series!.map((p) => p.year)).toEqual([...flow.series!.map((p) => p.year)].sort());
    expect(flow.series).toHaveLength(27);
  });

  it('stands beside the article\'s "up to 3.2 million" flow, each with its own source, in the wire format', async () => {
    const store = await freshStore();
    await importUnhcr(store, 'unhcr-population-syr-to-tur.csv');
    const body = flowCollection.parse(JSON.parse(JSON.stringify(flowFeatures(await store.situation()))));
    expect(body.features.map((f) => f.id)).toEqual(expect.arrayContaining(['syrian-refugees-in-turkey', 'unhcr-refugees-sy-tr']));
    const unhcr = body.features.find((f) => f.id === 'unhcr-refugees-sy-tr')!;
    expect(unhcr.properties.sources[0]).toMatchObject({ publisher: 'UNHCR', licence: { name: 'CC BY 4.0' }, sourceAttribution: 'UNHCR Refugee Data Finder (www.unhcr.org/refugee-statistics)' });
  });

  it('reads the API\'s JSON, where numbers come as strings and "-" means unknown', async () => {
    const store = await freshStore();
    const flowsBefore = (await store.situation()).flows.length;
    const report = await importUnhcr(store, 'unhcr-api-population.json');
    expect(report).toMatchObject({ rows: 3, imported: 2, notes: [expect.stringMatching(/^1 rows give no refugees figure/)] });
    const flow = (await store.situation()).flows.find((f) => f.id === 'unhcr-refugees-sy-tr')!;
    // The seed's flow (data/flows.json) keeps its other years; the API's two years now cite the API's answer.
    const given = flow.series!.filter((p) => p.source.sourceId === report.sourceId);
    expect(given.map((p) => [p.year, p.value])).toEqual([
      [2022, 3_535_898],
      [2023, 3_214_780],
    ]);
    expect(flow.series).toHaveLength(27);
    // Its rows are all Syria → Türkiye: no other flow is made.
    expect((await store.situation()).flows).toHaveLength(flowsBefore);
  });

  it('adds the Syria-origin table\'s years to a flow already imported, keeping the years it does not give', async () => {
    const store = await freshStore();
    await importUnhcr(store, 'unhcr-population-syr-to-tur.csv');
    const report = await importUnhcr(store, 'unhcr-population-origin-syr-2022-2025.csv', { skipInvalid: true });
    expect(report.rejected).toBe(17);
    const flows = (await store.situation()).flows;
    const turkey = flows.find((f) => f.id === 'unhcr-refugees-sy-tr')!;
    expect(turkey.series).toHaveLength(27);
    expect(turkey.series!.find((p) => p.year === 1995)!.source.sourceId).toBe('unhcr-population-syr-to-tur');
    expect(turkey.series!.find((p) => p.year === 2024)!.source.sourceId).toBe('unhcr-population-origin-syr-2022-2025');
    expect(flows.find((f) => f.id === 'unhcr-refugees-sy-lb')!.magnitude.value).toBeGreaterThan(0);
    expect((await store.situation()).countryByCode.get('LB')).toMatchObject({ naturalEarthId: '422' });
  });

  it('refuses a country the map has no outline for, naming it, and the whole file without --skip-invalid', async () => {
    const store = await freshStore();
    const before = (await store.situation()).flows;
    await expect(importUnhcr(store, 'unhcr-population-origin-syr-2022-2025.csv')).rejects.toThrow(
      /^unhcr-population-origin-syr-2022-2025\.csv: row \d+, coa_iso: [A-Z]{3} \(.+\) has no outline in Natural Earth 1:110m, the map's countries, so a flow to or from it cannot be drawn \(and 16 more rows refused\)$/,
    );
    expect((await store.situation()).flows).toEqual(before);
  });
});
