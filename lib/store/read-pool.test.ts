import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import { GEOJSON, prepare } from '@/lib/api/prepared';
import { parseQuery } from '@/lib/api/parse-query';
import { eventsQuery } from '@/lib/contract/queries';
import { eventsAnswer } from '@/lib/data/events-answer';
import { queryEvents } from '@/lib/data/query-events';
import { runImport } from '@/lib/import/run-import';
import type { EventRecord } from '@/lib/schemas/event';
import { fixture, freshStore } from '@/tests/fixtures/import-store';
import type { Store } from './store';
import { ReadPool, readPool, readWorkerCount } from './read-pool';
import { SqliteBackend } from './sqlite';

// Real worker threads (run from source through tsx) on a real SQLite file: the data/ seed and the
// invented ACLED fixture rows, whose source is not redistributable (later pages withhold them).
const QUERIES = [
  '/api/events',
  '/api/events?limit=3&offset=3',
  '/api/events?place=aleppo&order=desc&limit=2&offset=2',
  '/api/events?bbox=35,33,38,37&from=2024-11-25&to=2024-12-02',
  '/api/events?category=military&limit=2',
  '/api/events?from=2023-01-01&to=2023-12-31&order=desc',
];

const text = (body: Uint8Array) => Buffer.from(body).toString('utf8');
const ask = (p: string) => {
  const url = new URL(`http://localhost${p}`);
  return { url, query: parseQuery(eventsQuery, url) };
};

describe('the read pool (worker threads answering pages of events)', { timeout: 120_000 }, () => {
  let store: Store;
  let pool: ReadPool;
  beforeAll(async () => {
    store = await freshStore();
    await runImport(store, { format: 'acled', file: fixture('acled-current.csv'), retrieved: '2026-01-10' });
    pool = new ReadPool((store.backend as SqliteBackend).file, 2);
  });
  afterAll(async () => {
    await pool?.close();
    await store?.backend.close();
  });

  it('answers every query with the very bytes and ETag the main thread would', async () => {
    for (const p of QUERIES) {
      const { url, query } = ask(p);
      const expected = prepare(await queryEvents(store, query, url), GEOJSON);
      const answer = await pool.eventsPage(query, url, store.version);
      expect(text(answer.body), p).toBe(text(expected.body));
      expect(answer.etag, p).toBe(expected.etag);
      expect(answer.contentType).toBe(GEOJSON);
    }
    // The later page really withholds the ACLED rows: the comparison covers that path.
    expect(JSON.parse(text((await pool.eventsPage(ask(QUERIES[1]).query, ask(QUERIES[1]).url, store.version)).body)).withheld.count).toBeGreaterThan(0);
  });

  it('spreads requests asked at once over its workers, and answers them all', async () => {
    const asked = Array.from({ length: 12 }, (_, i) => ask(QUERIES[i % QUERIES.length])).map(({ url, query }) => pool.eventsPage(query, url, store.version));
    expect(pool.load).toEqual([6, 6]);
    const pages = await Promise.all(asked);
    expect(pool.load).toEqual([0, 0]);
    expect(pages).toHaveLength(12);
    expect(new Set(pages.map((p) => p.etag)).size).toBe(QUERIES.length);
  });

  it("gives a client's error back as the same error: an unknown place is a 400 naming the parameter", async () => {
    const { url, query } = ask('/api/events?place=atlantis');
    const error = await pool.eventsPage(query, url, store.version).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, param: 'place' });
    expect(error.message).toMatch(/atlantis/);
  });

  it("reads a write at once when asked at the version that made it, though the places it knew were kept for the version before", async () => {
    const { url, query } = ask('/api/events?place=aleppo&order=desc&limit=1');
    // The workers have read the places (kept per version) before the write.
    await Promise.all([pool.eventsPage(query, url, store.version), pool.eventsPage(query, url, store.version)]);
    const quote = 'on Saturday captured much of Aleppo, once the largest city from Syria';
    const written: EventRecord = {
      id: 'pool-written-event',
      date: '2024-12-02',
      datePrecision: 'day',
      dateText: 'on Saturday',
      placeId: 'pool-new-place',
      category: 'military',
      actors: ['syrian-opposition'],
      status: 'reported',
      title: 'Written while a worker reads',
      summary: 'A test event.',
      sources: [{ sourceId: 'firstpost-2024-12-02-araghchi-ankara', quote }],
    };
    const place = { id: 'pool-new-place', name: 'A new place', names: { en: 'A new place' }, country: 'SY', countryName: 'Syria', coordinates: [37.2, 36.3] as [number, number] };
    const result = await store.write({ places: [{ at: { file: 'test', record: '[0]' }, value: place }], events: [{ at: { file: 'test', record: '[0]' }, value: written }] });
    expect(result.version).toBe(store.version);
    // At once, twice (both workers): well before their watch (every 250 ms) would have noticed.
    const asked = ask('/api/events?place=pool-new-place');
    const pages = await Promise.all([0, 1].map(() => pool.eventsPage(asked.query, asked.url, store.version)));
    expect(pool.load).toEqual([0, 0]);
    for (const page of pages.map((p) => JSON.parse(text(p.body)))) {
      expect(page.features.map((f: { id: string; properties: { placeName: string } }) => [f.id, f.properties.placeName])).toEqual([['pool-written-event', 'A new place']]);
    }
  });

  it('replaces a worker that died; the requests it held fail with the reason', async () => {
    const { url, query } = ask('/api/events');
    type Slots = ({ worker: { terminate(): Promise<number> } } | undefined)[];
    // A request held for certain: asked of a worker that is still starting (loading its modules
    // takes far longer than stopping it does), which is then stopped.
    const fresh = new ReadPool((store.backend as SqliteBackend).file, 1);
    try {
      const held = expect(fresh.eventsPage(query, url, store.version)).rejects.toThrow(/read worker stopped/);
      await (fresh as unknown as { slots: Slots }).slots[0]!.worker.terminate();
      await held;
      // The next request starts a new worker, which answers.
      await vi.waitFor(() => expect((fresh as unknown as { slots: Slots }).slots[0]).toBeUndefined());
      const again = await fresh.eventsPage(query, url, store.version);
      expect(text(again.body)).toBe(text(prepare(await queryEvents(store, query, url), GEOJSON).body));
    } finally {
      await fresh.close();
    }
  });

  it("answers on the main thread when the pool cannot (a worker that cannot read its file), and logs why", async () => {
    const notAStore = path.join(mkdtempSync(path.join(tmpdir(), 'situation-pool-')), 'not-a-store.sqlite');
    writeFileSync(notAStore, 'this is not an SQLite database');
    const broken = new ReadPool(notAStore, 1);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { url, query } = ask('/api/events?limit=2');
      const answer = await eventsAnswer(store, query, url, broken);
      expect(text(answer.body)).toBe(text(prepare(await queryEvents(store, query, url), GEOJSON).body));
      expect(logged.mock.calls.flat().join(' ')).toMatch(/read worker could not answer \/api\/events\?limit=2/);
      // A client's error is still the client's.
      const unknown = ask('/api/events?place=atlantis');
      await expect(eventsAnswer(store, unknown.query, unknown.url, pool)).rejects.toMatchObject({ status: 400, param: 'place' });
    } finally {
      logged.mockRestore();
      await broken.close();
    }
  });
});

describe('how many read workers a server keeps', () => {
  it('one per core, at most four, none on one core', () => {
    expect([1, 2, 3, 8, 64].map((cores) => readWorkerCount(undefined, cores))).toEqual([0, 2, 3, 4, 4]);
  });
  it('STORE_READ_WORKERS decides when set (0 turns them off); anything else is refused by name', () => {
    expect(readWorkerCount('0', 8)).toBe(0);
    expect(readWorkerCount('3', 2)).toBe(3);
    expect(readWorkerCount(' ', 3)).toBe(3);
    for (const bad of ['two', '-1', '1.5', '65']) expect(() => readWorkerCount(bad, 2)).toThrow(/STORE_READ_WORKERS must be a whole number from 0 to 64, not/);
  });
});

describe("the server's read pool (readPool)", { timeout: 60_000 }, () => {
  it('is one per store file: the same store gets the same pool, a store on another file a pool reading that file', async () => {
    const [a, b] = [await freshStore(), await freshStore()];
    const onlyInB = { at: { file: 'test', record: '[0]' }, value: { ...(await a.eventsById(['aleppo-captured']))[0], id: 'only-in-b' } };
    await b.write({ events: [onlyInB] });
    const previous = process.env.STORE_READ_WORKERS;
    process.env.STORE_READ_WORKERS = '1';
    try {
      const poolA = readPool(a)!;
      expect(readPool(a)).toBe(poolA);
      const { url, query } = ask('/api/events?order=desc&limit=1');
      const poolB = readPool(b)!;
      expect(poolB).not.toBe(poolA);
      const newest = JSON.parse(text((await poolB.eventsPage(query, url, b.version)).body));
      expect(newest.total).toBe(7);
      await poolB.close();
    } finally {
      if (previous === undefined) delete process.env.STORE_READ_WORKERS;
      else process.env.STORE_READ_WORKERS = previous;
      await a.close();
      await b.close();
    }
  });
});
