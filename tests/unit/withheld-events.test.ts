import { describe, expect, it } from 'vitest';
import { eventPage } from '@/lib/contract/wire';
import { queryEvents, WITHHELD_REASON } from '@/lib/data/query-events';
import { runImport } from '@/lib/import/run-import';
import { fixture, freshStore } from '@/tests/fixtures/import-store';

// A real SQLite store seeded from data/ (6 events, from 2024-11-25), with the 5 invented ACLED
// fixture rows of 2023 imported: ACLED's source is not redistributable.
async function storeWithAcled() {
  const store = await freshStore();
  await runImport(store, { format: 'acled', file: fixture('acled-current.csv'), retrieved: '2026-01-10' });
  return store;
}

describe('events whose source is not redistributable (ACLED)', { timeout: 60_000 }, () => {
  it('are listed, with their credit and terms, on the first page', async () => {
    const store = await storeWithAcled();
    const page = eventPage.parse(await queryEvents(store, { limit: 3 }, new URL('http://x/api/events?limit=3')));
    expect(page.total).toBe(11);
    expect(page.features.map((f) => f.properties.dataset?.name)).toEqual(['ACLED', 'ACLED', 'ACLED']);
    expect(page.features[0].properties.sources[0]).toMatchObject({ redistributable: false });
    expect(page.withheld).toBeUndefined();
  });

  it('are left out of later pages, which say how many and why; total still counts them', async () => {
    const store = await storeWithAcled();
    const page = eventPage.parse(await queryEvents(store, { limit: 3, offset: 3 }, new URL('http://x/api/events?limit=3&offset=3')));
    expect(page.total).toBe(11);
    expect(page.features.map((f) => f.properties.dataset?.name ?? 'article')).toEqual(['article']);
    expect(page.withheld).toEqual({ count: 2, reason: WITHHELD_REASON, sourceIds: ['acled-current'] });
    expect(page.next).toBe('/api/events?limit=3&offset=6');
  });

  it('leave a later page without them whole: nothing is said when none is left out', async () => {
    const store = await storeWithAcled();
    const page = eventPage.parse(await queryEvents(store, { limit: 3, offset: 6 }, new URL('http://x/api/events?limit=3&offset=6')));
    expect(page.features).toHaveLength(3);
    expect(page.withheld).toBeUndefined();
  });

  it('of a place are left out past its first page, as the panel pages it (newest first)', async () => {
    const store = await storeWithAcled();
    // Aleppo: the article's 2 events of 2024 and the 2 ACLED rows of 2023 placed at it.
    const first = await queryEvents(store, { place: 'aleppo', order: 'desc', limit: 2 });
    expect(first.total).toBe(4);
    expect(first.features.map((f) => f.properties.dataset)).toEqual([undefined, undefined]);
    const later = eventPage.parse(await queryEvents(store, { place: 'aleppo', order: 'desc', limit: 2, offset: 2 }));
    expect(later.features).toHaveLength(0);
    expect(later.withheld).toMatchObject({ count: 2, sourceIds: ['acled-current'] });
    // On the first page of a narrower listing they are there, with their credit.
    const upTo2023 = await queryEvents(store, { place: 'aleppo', to: '2023-12-31', order: 'desc', limit: 2 });
    expect(upTo2023.features.map((f) => f.properties.dataset?.name)).toEqual(['ACLED', 'ACLED']);
  });
});
