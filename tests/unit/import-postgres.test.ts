// Imports into PostgreSQL (TEST_DATABASE_URL, a schema of its own per test): written in parts,
// one transaction, exactly what the same file makes in SQLite written whole. The SQLite cases of
// every format are in import-*.test.ts; the store's own parted writes in lib/store/store.contract.test.ts.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pgQuery } from '@/tests/fixtures/pg-query';
import { runImport, RowsRejected, type ImportOptions } from '@/lib/import/run-import';
import { openStore, type Store } from '@/lib/store';
import { PostgresBackend } from '@/lib/store/postgres';
import { SqliteBackend } from '@/lib/store/sqlite';
import { editedFixture, fixture, tempDir, tempFile } from '@/tests/fixtures/import-store';

const PG_URL = process.env.TEST_DATABASE_URL;
const SAMPLE = 'ucdp-ged231-sample.csv';
const SOURCE = 'ucdp-ged-23-1-ucdp-ged231-sample';
const DATA = path.join(process.cwd(), 'data');
const options = (file: string, more: Partial<ImportOptions> = {}): ImportOptions => ({ format: 'ucdp-ged', file, retrieved: '2026-01-10', release: '23.1', ...more });

const schemas: string[] = [];
const opened: Store[] = [];
const prefix = `import_${process.pid}_${Date.now().toString(36)}`;

async function pgStore(seed = true): Promise<{ store: Store; schema: string }> {
  const schema = `${prefix}_${schemas.length + 1}`;
  schemas.push(schema);
  const store = await openStore(async () => new PostgresBackend(PG_URL!, { schema }), { seedDir: seed ? DATA : null });
  opened.push(store);
  return { store, schema };
}

const query = pgQuery;

describe.skipIf(!PG_URL)('importing into PostgreSQL', { timeout: 120_000 }, () => {
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => undefined);
    for (const s of schemas) await query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  });

  it('writes the sample in parts exactly as SQLite writes it whole: events, places and the archived text', async () => {
    const { store, schema } = await pgStore();
    // 121 rows in parts of 25: five parts, each quoting its own rows' blocks.
    const report = await runImport(store, options(fixture(SAMPLE), { partRows: 25 }));
    expect(report).toMatchObject({ rows: 121, imported: 121, rejected: 0, sourceId: SOURCE, events: { inserted: 121, updated: 0, unchanged: 0 } });

    const file = path.join(tempDir(), 'whole.sqlite');
    const whole = await openStore(async () => new SqliteBackend(file), { seedDir: DATA });
    opened.push(whole);
    await runImport(whole, options(fixture(SAMPLE), { partRows: 1_000 }));

    // Kept in parts (five here, one in SQLite): the same words once joined.
    const joined = (prefix: string, agg: string, param: string) =>
      `SELECT s.text || (SELECT ${agg} FROM ${prefix}source_parts p WHERE p.source_id = s.id) AS text, (SELECT COUNT(*) FROM ${prefix}source_parts p WHERE p.source_id = s.id) AS parts FROM ${prefix}sources s WHERE s.id = ${param}`;
    const [{ text, parts }] = await query<{ text: string; parts: string }>(joined(`${schema}.`, "string_agg(p.text, '' ORDER BY p.n)", '$1'), [SOURCE]);
    expect(Number(parts)).toBe(5);
    const db = new Database(file, { readonly: true });
    const sqliteText = (db.prepare(joined('', "group_concat(p.text, '' ORDER BY p.n)", '?')).get(SOURCE) as { text: string }).text;
    db.close();
    expect(text.length).toBeGreaterThan(100_000);
    expect(text).toBe(sqliteText);
    expect(text).toMatch(/^UCDP Georeferenced Event Dataset/);

    const all = { limit: 1000, offset: 0, order: 'asc' as const };
    const inPg = await store.findEvents({}, all);
    expect(inPg.total).toBe(127);
    expect(inPg.events).toEqual((await whole.findEvents({}, all)).events);
    expect((await store.situation()).places).toEqual((await whole.situation()).places);
    expect((await store.sources([SOURCE])).get(SOURCE)).toEqual((await whole.sources([SOURCE])).get(SOURCE));
  });

  it('changes nothing when the same file comes again, and updates the event of a changed row with a revision', async () => {
    const { store } = await pgStore();
    const first = await runImport(store, options(fixture(SAMPLE), { partRows: 40 }));
    const again = await runImport(store, options(fixture(SAMPLE), { partRows: 40 }));
    expect(again.events).toEqual({ inserted: 0, updated: 0, unchanged: 121 });
    expect(again.result).toMatchObject({ kinds: [], version: first.result.version });
    const edited = tempFile(SAMPLE, editedFixture(SAMPLE, (t) => t.split('\n').map((l) => (l.startsWith('186940,') ? l.replace(',24,100,24,652,', ',30,100,24,652,') : l)).join('\n')));
    const third = await runImport(store, options(edited, { partRows: 40 }));
    expect(third.events).toEqual({ inserted: 0, updated: 1, unchanged: 120 });
    expect(third.result.version).toBe(first.result.version + 1);
    expect((await store.event('ucdp-ged-186940'))!.fatalities).toEqual({ low: 24, best: 30, high: 100 });
    expect(await store.revisions('event', 'ucdp-ged-186940')).toMatchObject([{ op: 'update', record: { fatalities: { best: 24 } } }]);
  });

  it('writes nothing of a file with a refused row late in it, though earlier parts were written', async () => {
    const { store } = await pgStore();
    const lines = editedFixture(SAMPLE, (t) => t).split('\n');
    // The last data line gets an impossible latitude: parts before it are already in the transaction.
    const last = lines.findLastIndex((l) => /^\d+,/.test(l));
    const bad = tempFile(SAMPLE, editedFixture(SAMPLE, (t) => t.split('\n').map((l, i) => (i === last ? l.replace(/,(\d+\.\d+),(\d+\.\d+),POINT/, ',95.2,$2,POINT') : l)).join('\n')));
    const error = await runImport(store, options(bad, { partRows: 20 })).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(RowsRejected);
    expect((error as RowsRejected).rejects[0]).toMatchObject({ column: 'latitude' });
    expect((await store.backend.versions()).version).toBe(1);
    expect(await store.sources([SOURCE])).toEqual(new Map());
    expect((await store.findEvents({}, { limit: 1, offset: 0, order: 'asc' })).total).toBe(6);
  });

  it('leaves the store as it was when the import command is killed half-way, and the next import works', async () => {
    const { store, schema } = await pgStore();
    const file = path.join(tempDir(), 'ged231-20000.csv');
    const { ucdpFile } = (await import('../../bench/import.mjs' as string)) as { ucdpFile: (file: string, rows: number) => Promise<number> };
    await ucdpFile(file, 20_000);
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', 'ucdp-ged', file, '--release', '23.1', '--retrieved', '2026-01-10'], {
      env: { ...process.env, DATABASE_URL: PG_URL, DATABASE_SCHEMA: schema },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Killed once parts are in its open transaction: it has inserted events (its lock on the table says so), nothing committed.
    const inserting = `SELECT COUNT(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relname = 'events' AND l.mode = 'RowExclusiveLock'`;
    while (Number((await query<{ n: string }>(inserting, [schema]))[0].n) === 0) {
      if (child.exitCode !== null) throw new Error('the import ended before it could be killed');
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect((await store.backend.versions()).version).toBe(1);
    expect(await store.sources(['ucdp-ged-23-1-ged231-20000'])).toEqual(new Map());
    expect((await store.findEvents({}, { limit: 1, offset: 0, order: 'asc' })).total).toBe(6);
    // The killed session's lock is gone with it: the next import goes through.
    const report = await runImport(store, options(fixture(SAMPLE)));
    expect(report.result.version).toBe(2);
  });
});
