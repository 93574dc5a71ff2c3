// After a bulk write to PostgreSQL (a seed, an import), the planner's statistics are gathered
// again before the write returns: left to autovacuum they lag, and a city query on a store just
// seeded with a million events took 12 ms (p50) and 124 ms (p95) instead of under 2 ms.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pgQuery } from '@/tests/fixtures/pg-query';
import { openStore, type Store } from '@/lib/store';
import { PostgresBackend } from '@/lib/store/postgres';

const PG_URL = process.env.TEST_DATABASE_URL;
const DATA = path.join(process.cwd(), 'data');
const prefix = `stats_${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];
const opened: Store[] = [];

const query = pgQuery;

/** When `events` in a schema was last analyzed by hand (not by autovacuum), waiting a little for the statistics to be published. */
async function lastAnalyzed(schema: string, expectSet: boolean): Promise<Date | null> {
  for (let i = 0; ; i++) {
    const [row] = await query<{ at: Date | null }>("SELECT last_analyze AS at FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = 'events'", [schema]);
    if (Boolean(row?.at) === expectSet || i >= 20) return row?.at ?? null;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function seeded(bulkWriteRows?: number): Promise<string> {
  const schema = `${prefix}_${schemas.length + 1}`;
  schemas.push(schema);
  opened.push(await openStore(async () => new PostgresBackend(PG_URL!, { schema, bulkWriteRows }), { seedDir: DATA }));
  return schema;
}

describe.skipIf(!PG_URL)('PostgreSQL statistics after a bulk write', { timeout: 60_000 }, () => {
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => undefined);
    for (const s of schemas) await query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  });

  it('are gathered again by a write of at least bulkWriteRows records (here the seed of data/, lowered to 5)', async () => {
    const schema = await seeded(5);
    expect(await lastAnalyzed(schema, true)).toBeInstanceOf(Date);
  });

  it('are left to autovacuum after a smaller write (data/ is far below the default 10,000)', async () => {
    const schema = await seeded();
    expect(await lastAnalyzed(schema, false)).toBeNull();
  });
});
