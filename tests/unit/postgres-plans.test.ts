// The box-and-span query is asked of the index on each event's segment (lon, lat, first day) to
// (lon, lat, last day): the planner uses an expression index only when the query spells the
// expression as the index does, so a query that drifts from the migration's spelling would
// quietly read another index (or every row). At a million events that index halves the city
// query's time (lib/store/postgres-schema.ts).
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgQuery } from '@/tests/fixtures/pg-query';
import { openStore, type Store } from '@/lib/store';
import { eventWhere, PostgresBackend } from '@/lib/store/postgres';
import type { EventFilter } from '@/lib/store/backend';

const PG_URL = process.env.TEST_DATABASE_URL;
const schema = `plans_${process.pid}_${Date.now().toString(36)}`;

describe.skipIf(!PG_URL)('PostgreSQL query plans', { timeout: 60_000 }, () => {
  let store: Store;
  let client: pg.Client;

  beforeAll(async () => {
    store = await openStore(async () => new PostgresBackend(PG_URL!, { schema }), { seedDir: path.join(process.cwd(), 'data') });
    client = new pg.Client(PG_URL);
    await client.connect();
    await client.query(`SET search_path = ${schema}, public`);
    // data/'s six events are read fastest by a sequential scan; the planner chooses as at scale
    // once the table holds more. 50,000 rows spread over the globe and 30 years, written here
    // alone (never through the store: they cite nothing) and analyzed.
    await client.query(`
      INSERT INTO events (id, place_id, start_day, end_day, category, geom, record)
      SELECT 'plan-' || i, 'aleppo', 10000 + i % 11000, 10000 + i % 11000 + i % 3, 'other',
        ST_SetSRID(ST_MakePoint(-180 + (i * 7919 % 36000) / 100.0, -60 + (i * 104729 % 12000) / 100.0), 4326), '{}'
      FROM generate_series(1::bigint, 50000) AS i;
      ANALYZE events`);
  });

  afterAll(async () => {
    await client?.end();
    await store?.close();
    await pgQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  /** The indexes the plan of findEvents' keys query asks a condition of (an index read whole, for its partial predicate alone, does not count). */
  async function indexesRead(filter: EventFilter, plan: 'custom' | 'generic' = 'custom'): Promise<string[]> {
    const { where, params } = eventWhere(filter);
    let rows;
    if (plan === 'custom') rows = (await client.query(`EXPLAIN (FORMAT JSON) SELECT id, start_day FROM events WHERE ${where}`, params)).rows;
    else {
      // The plan a named statement settles on after its first runs, made for any values.
      await client.query(`PREPARE keys AS SELECT id, start_day FROM events WHERE ${where}`);
      try {
        await client.query('SET plan_cache_mode = force_generic_plan');
        const values = params.map((v) => (typeof v === 'number' ? String(v) : client.escapeLiteral(String(v))));
        rows = (await client.query(`EXPLAIN (FORMAT JSON) EXECUTE keys(${values.join(', ')})`)).rows;
      } finally {
        await client.query('RESET plan_cache_mode; DEALLOCATE keys');
      }
    }
    const names = new Set<string>();
    const walk = (node: Record<string, unknown>) => {
      if (typeof node['Index Name'] === 'string' && node['Index Cond']) names.add(node['Index Name']);
      for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk(rows[0]['QUERY PLAN'][0].Plan);
    return [...names].sort();
  }

  it('asks a city box and a month of the segment index', async () => {
    expect(await indexesRead({ bbox: [36.9, 36.0, 37.4, 36.4], from: '2024-11-01', to: '2024-11-30' })).toEqual(['events_by_segment']);
  });

  it('asks a box with no span, or only one end of one, of the same index', async () => {
    expect(await indexesRead({ bbox: [36.9, 36.0, 37.4, 36.4] })).toEqual(['events_by_segment']);
    expect(await indexesRead({ bbox: [36.9, 36.0, 37.4, 36.4], from: '2024-11-01' })).toEqual(['events_by_segment']);
  });

  it('asks a box crossing the antimeridian as two boxes of the same index', async () => {
    expect(await indexesRead({ bbox: [170, 30, -170, 40], from: '2024-11-01', to: '2024-11-30' })).toEqual(['events_by_segment']);
    expect(await indexesRead({ bbox: [170, 30, -170, 40] })).toEqual(['events_by_segment']);
  });

  it('asks the segment index in the plan made once for any values (findEvents asks by a named statement)', async () => {
    expect(await indexesRead({ bbox: [36.9, 36.0, 37.4, 36.4], from: '2024-11-01', to: '2024-11-30' }, 'generic')).toEqual(['events_by_segment']);
    expect(await indexesRead({ bbox: [170, 30, -170, 40], from: '2024-11-01', to: '2024-11-30' }, 'generic')).toEqual(['events_by_segment']);
  });

  it('has no index left from before it (the GiST on point and days)', async () => {
    const { rows } = await client.query('SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 ORDER BY indexname', [schema, 'events']);
    expect(rows.map((r) => r.indexname)).toEqual(['events_by_place', 'events_by_segment', 'events_by_start', 'events_pkey']);
  });
});
