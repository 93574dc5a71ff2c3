import { availableParallelism } from 'node:os';
import pg from 'pg';
import type { ControlPeriodRecord } from '@/lib/schemas/control';
import type { EventRecord } from '@/lib/schemas/event';
import type { SourceRecord } from '@/lib/schemas/source';
import type { WriteBatch } from './batch';
import { StoreUnavailable, type Backend, type Change, type EventCursor, type EventFilter, type EventPaging, type EventsFound, type PartedOptions, type PartedWrite, type Snapshot, type Versions, type WriteOptions, type WriteResult } from './backend';
import { dayNumber, dayOf, MAX_PERIOD_DAYS } from './days';
import { POSTGRES_MIGRATIONS } from './postgres-schema';
import { wholeNumberSetting } from './setting';
import { dollarPlaceholders, type DeskConnection } from './desk-sql';
import { checkBatch, needsOf, revisionsOf, type Existing, type Needs, type Plan } from './validate';
import { countryAnchors, PartedSession, type PartedText, versionsFrom, writeResult } from './write-plan';

/** The channel a committed write is announced on (its payload: the new version). */
export const CHANNEL = 'situation_changes';
/** How often the version is read in case a notice was lost (a dropped LISTEN connection). */
const POLL_MS = 2000;
/** How long a dropped LISTEN connection waits before it connects again. */
const RECONNECT_MS = 1000;
/**
 * Matches up to this many are counted, ordered and paged from their keys in one pass
 * (PostgresBackend.findEvents): up to 10,000 for a box or a place, whose matches the index finds
 * directly, 2,000 for a span alone. Past it, a second pass counts them and a third reads the page.
 * At a million events, 2% of the bench's city queries match 2,000 to 6,000 events; with one pass for
 * them, the slowest 1% took 15 ms instead of 27-32 ms (in process, side by side).
 */
const SMALL_MATCH = { selective: 10_000, other: 2_000 };
/** Records written at once from which the planner's statistics are gathered again before the write returns (analyzeAfter). */
const BULK_WRITE_ROWS = 10_000;
/** Rows per INSERT ... SELECT FROM unnest(...): a few MB of records per round trip. */
const CHUNK = 5000;

export type PostgresOptions = {
  /** A schema of its own (created by migrate), searched before public: what the tests use to start afresh. */
  schema?: string;
  /** Records written at once from which the statistics are gathered again (default 10,000; tests lower it). */
  bulkWriteRows?: number;
  /** Connections the readers' pool holds (default: one more than the cores, at most 10; see poolSize). Writes have two of their own. */
  max?: number;
  /** Milliseconds a read may run (default 15 s); a write's transaction may run 10 times as long. */
  statementTimeout?: number;
};

/**
 * How many connections an instance's pool holds: DATABASE_POOL_MAX if set, else one more than the
 * machine's cores, at most 10. An instance builds its answers on one thread, so more queries in
 * flight than that only take turns, on the database's cores and on its own. At a million events on
 * two cores, with the database on the same machine, 10 connections at once answered 125 to 157
 * requests/s with a p99 of 115 to 148 ms; 3 answered 160 to 182 with 100 to 120 ms (side by side, three
 * rounds); 5 sat between them, and 2 matched 3.
 */
export function poolSize(env = process.env.DATABASE_POOL_MAX, cores = availableParallelism()): number {
  return wholeNumberSetting('DATABASE_POOL_MAX', env, 1, 100) ?? defaultPoolSize(cores);
}

/** The readers' pool when DATABASE_POOL_MAX is not set: one more connection than the cores, at most 10. */
export const defaultPoolSize = (cores = availableParallelism()) => Math.min(cores + 1, 10);

/** The names of findEvents' statements, by their text: one per shape of filter and paging, a few dozen at most. */
const statementNames = new Map<string, string>();

type Row = { record: string };
const parse = <T>(rows: Row[]) => rows.map((r) => JSON.parse(r.record) as T);
type Db = pg.Pool | pg.PoolClient;

/**
 * The PostgreSQL (+ PostGIS) store, for several app instances over one database. Events carry a
 * point and their span as day numbers, indexed for box-and-span queries (lib/store/postgres-schema.ts).
 * A write is one transaction, serialized by an advisory lock, announced with NOTIFY on commit.
 * A database that cannot be reached makes every call throw StoreUnavailable (503); the pool
 * connects again by itself once it is back.
 */
export class PostgresBackend implements Backend {
  readonly kind = 'postgres' as const;
  private readonly pool: pg.Pool;
  private readonly writers: pg.Pool;
  private readonly config: pg.ClientConfig;
  private readonly watchers = new Set<() => void>();
  private closed = false;

  constructor(
    url: string,
    private readonly options: PostgresOptions = {},
  ) {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) throw new Error(`not a plain schema name: ${options.schema}`);
    const timeout = options.statementTimeout ?? 15_000;
    this.config = {
      connectionString: url,
      connectionTimeoutMillis: 3000,
      statement_timeout: timeout,
      // A lost connection is noticed by the kernel, not after minutes of silence.
      keepAlive: true,
      application_name: 'situation-map',
      // No JIT: it costs tens of ms on the short queries a map asks, and saves nothing on them.
      options: `-c jit=off${options.schema ? ` -c search_path=${options.schema},public` : ''}`,
    };
    const pool = (max: number) => {
      const made = new pg.Pool({ ...this.config, max, idleTimeoutMillis: 30_000, allowExitOnIdle: true });
      // An idle client whose server went away: the pool drops it, and the next call connects anew.
      made.on('error', () => undefined);
      return made;
    };
    this.pool = pool(options.max ?? defaultPoolSize());
    // Writes take connections of their own: a write holds its connection while it waits for the
    // writers' lock (a dataset imported in parts holds it for minutes), and waiting writes must
    // never leave the readers none. Writers go one at a time, so two are enough: one writing, the
    // next ready; the rest wait here, holding nothing.
    this.writers = pool(2);
  }

  /** Runs a call, turning "the database cannot be reached" into StoreUnavailable. */
  private async guard<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (e) {
      throw isUnreachable(e) ? new StoreUnavailable(e) : e;
    }
  }

  /** Runs `body` in a transaction on a client of its own; any error rolls it back and is rethrown unchanged. */
  private transaction<T>(body: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.guard(async () => {
      const c = await this.writers.connect();
      let broken: Error | undefined;
      try {
        await c.query('BEGIN');
        const result = await body(c);
        await c.query('COMMIT');
        return result;
      } catch (e) {
        await c.query('ROLLBACK').catch((r: Error) => (broken = r));
        throw e;
      } finally {
        c.release(broken);
      }
    });
  }

  async migrate() {
    const schema = this.options.schema;
    for (;;) {
      const done = await this.transaction(async (c) => {
        await c.query("SELECT pg_advisory_xact_lock(hashtext('situation-map:migrate'))");
        if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
        const applied = Number((await c.query<{ v: number }>('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations')).rows[0].v);
        if (applied > POSTGRES_MIGRATIONS.length) throw new Error(`the database's schema (version ${applied}) is newer than this program's (${POSTGRES_MIGRATIONS.length})`);
        if (applied === POSTGRES_MIGRATIONS.length) return true;
        await c.query(POSTGRES_MIGRATIONS[applied]);
        await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [applied + 1]);
        return false;
      });
      if (done) return;
    }
  }

  versions(): Promise<Versions> {
    return this.guard(async () => versionsFrom((await this.pool.query<{ key: string; value: string }>("SELECT key, value FROM meta WHERE key NOT LIKE 'x:%'")).rows));
  }

  changesSince(version: number): Promise<Change[]> {
    return this.guard(async () => {
      const { rows } = await this.pool.query<{ version: number; kinds: string; at: string }>('SELECT version, kinds, at FROM changes WHERE version > $1 ORDER BY version LIMIT 1000', [version]);
      return rows.map((r) => ({ version: r.version, kinds: JSON.parse(r.kinds), at: r.at }));
    });
  }

  snapshot(): Promise<Snapshot> {
    return this.guard(async () => {
      const all = async (table: string, live = false, key = 'id') => parse((await this.pool.query<Row>(`SELECT record FROM ${table}${live ? ' WHERE retracted IS NULL' : ''} ORDER BY ${key}`)).rows);
      const [places, actors, countries, areas, control, flows, itineraries] = await Promise.all([
        all('places'),
        all('actors'),
        all('countries', false, 'code'),
        all('areas'),
        all('control_periods', true),
        all('flows', true),
        all('itineraries', true),
      ]);
      return { places, actors, countries, areas, control, flows, itineraries } as Snapshot;
    });
  }

  findEvents(filter: EventFilter, { limit, offset, order }: EventPaging): Promise<EventsFound> {
    return this.guard(async () => {
      const { where, params } = eventWhere(filter);
      // As SQLite does: a few hundred matches (a city and a month) are counted, ordered and paged
      // from their keys read in one pass (ids in code-point order, COLLATE "C", as the index has
      // them); and with them, in the same statement, the page's records and the sources they cite
      // (one round trip, not three: on a machine of two cores each costs the server about as much
      // as reading the page). Past SMALL_MATCH (a few queries in a hundred), the count and the page
      // apart, and this statement's page is dropped: at most SMALL_MATCH keys and one page read for nothing.
      const direction = order === 'desc' ? 'DESC' : 'ASC';
      const n = params.length;
      const small = filter.bbox || filter.place ? SMALL_MATCH.selective : SMALL_MATCH.other;
      const sql =
        `WITH k AS MATERIALIZED (SELECT id, start_day FROM events WHERE ${where} LIMIT ${small + 1}), ` +
        `p AS MATERIALIZED (SELECT id, (row_number() OVER (ORDER BY start_day ${direction}, id ${direction}))::integer AS n FROM k ORDER BY n LIMIT $${n + 1} OFFSET $${n + 2}) ` +
        'SELECT 0 AS n, (SELECT COUNT(*) FROM k)::text AS record ' +
        'UNION ALL SELECT p.n, e.record FROM p JOIN events e ON e.id = p.id ' +
        "UNION ALL SELECT -1, s.record FROM sources s WHERE s.id IN (SELECT c.source_id FROM p JOIN citations c ON c.claim = 'event:' || p.id)";
      // A named statement: each connection parses it once and, after a few runs, plans it once
      // (a city query's plan took 0.5 ms of the server's 3.7). One name per shape of filter.
      let name = statementNames.get(sql);
      if (!name) statementNames.set(sql, (name = `events_${statementNames.size + 1}`));
      const { rows } = await this.pool.query<{ n: number; record: string }>({ name, text: sql, values: [...params, Math.max(0, limit), offset] });
      const total = Number(rows.find((r) => r.n === 0)!.record);
      if (total > small) return this.findManyEvents(filter, { limit, offset, order });
      const page = rows.filter((r) => r.n > 0).sort((a, b) => a.n - b.n);
      return { total, events: parse<EventRecord>(page), sources: parse<SourceRecord>(rows.filter((r) => r.n < 0)) };
    });
  }

  /** Many matches: counted by one query, the page read by another. */
  private findManyEvents(filter: EventFilter, { limit, offset, order }: EventPaging) {
    return this.guard(async () => {
      const { where, params } = eventWhere(filter);
      const total = Number((await this.pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM events WHERE ${where}`, params)).rows[0].n);
      const direction = order === 'desc' ? 'DESC' : 'ASC';
      const n = params.length;
      const rows = total === 0 || limit <= 0 ? [] : (await this.pool.query<Row>(`SELECT record FROM events WHERE ${where} ORDER BY start_day ${direction}, id ${direction} LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, limit, offset])).rows;
      return { total, events: parse<EventRecord>(rows) };
    });
  }

  eventsAfter(filter: EventFilter, after: EventCursor | null, limit: number) {
    return this.guard(async () => {
      const { where, params } = eventWhere(filter);
      const p = (v: unknown) => `$${params.push(v)}`;
      const keyset = after ? ` AND (start_day, id) > (${p(dayNumber(after.date))}, ${p(after.id)})` : '';
      const sql = `SELECT record FROM events WHERE ${where}${keyset} ORDER BY start_day, id LIMIT ${p(limit)}`;
      return parse<EventRecord>((await this.pool.query<Row>(sql, params)).rows);
    });
  }

  countByPlace(from?: string, to?: string) {
    return this.guard(async () => {
      if (from === undefined && to === undefined) {
        const totals = await this.pool.query<{ id: string; n: string }>('SELECT place_id AS id, n FROM place_totals WHERE n > 0');
        return new Map(totals.rows.map((r) => [r.id, Number(r.n)]));
      }
      const params: number[] = [];
      const where = spanClauses(from, to, params).map((c) => ` AND ${c}`).join('');
      const { rows } = await this.pool.query<{ id: string; n: string }>(`SELECT place_id AS id, COUNT(*) AS n FROM events WHERE retracted IS NULL${where} GROUP BY place_id`, params);
      return new Map(rows.map((r) => [r.id, Number(r.n)]));
    });
  }

  countByFirstDay(filter: EventFilter, first: string, last: string) {
    return this.guard(async () => {
      if (!filter.place && !filter.bbox) {
        // Without a place or a box, the per-day counts the triggers keep (event_days): a few thousand rows, not every event.
        const category = filter.category ? ' AND category = $3' : '';
        const sql = `SELECT day AS d, SUM(n) AS n FROM event_days WHERE day >= $1 AND day <= $2${category} GROUP BY day HAVING SUM(n) > 0`;
        const { rows } = await this.pool.query<{ d: number; n: string }>(sql, [dayNumber(first), dayNumber(last), ...(filter.category ? [filter.category] : [])]);
        return rows.map((r) => ({ day: dayOf(r.d), count: Number(r.n) }));
      }
      const { where, params } = eventWhere({ ...filter, from: undefined, to: undefined });
      const n = params.length;
      const sql = `SELECT start_day AS d, COUNT(*) AS n FROM events WHERE ${where} AND start_day >= $${n + 1} AND start_day <= $${n + 2} GROUP BY start_day`;
      const { rows } = await this.pool.query<{ d: number; n: string }>(sql, [...params, dayNumber(first), dayNumber(last)]);
      return rows.map((r) => ({ day: dayOf(r.d), count: Number(r.n) }));
    });
  }

  eventSpan() {
    return this.guard(async () => {
      // The last day is looked for among the events that start in the last year (no index on last days).
      const sql =
        'SELECT MIN(start_day) AS s, (SELECT MAX(end_day) FROM events WHERE retracted IS NULL AND start_day >= (SELECT MAX(start_day) FROM events WHERE retracted IS NULL) - $1) AS e ' +
        'FROM events WHERE retracted IS NULL';
      const row = (await this.pool.query<{ s: number | null; e: number | null }>(sql, [MAX_PERIOD_DAYS])).rows[0];
      return row.s === null || row.e === null ? null : { start: dayOf(row.s), end: dayOf(row.e) };
    });
  }

  eventsById(ids: string[]) {
    return this.guard(async () => parse<EventRecord>((await this.pool.query<Row>('SELECT record FROM events WHERE retracted IS NULL AND id = ANY($1::text[])', [ids])).rows));
  }

  sourcesById(ids: string[]) {
    return this.guard(async () => parse<SourceRecord>((await this.pool.query<Row>('SELECT record FROM sources WHERE id = ANY($1::text[])', [ids])).rows));
  }

  citedSources() {
    return this.guard(async () => {
      const { rows } = await this.pool.query<{ sourceId: string; attribution: string }>(
        // A skip scan of the tally's index, one seek per group (a few dozen), instead of reading
        // every (source, outlet) pair: each group's first entry holds its lowest source id.
        'WITH RECURSIVE g AS (' +
          '(SELECT publisher, attribution, licence_name, licence_url, source_id FROM source_use WHERE n > 0 ORDER BY publisher, attribution, licence_name, licence_url, source_id LIMIT 1) ' +
          'UNION ALL SELECT x.* FROM g, LATERAL (SELECT u.publisher, u.attribution, u.licence_name, u.licence_url, u.source_id FROM source_use u ' +
          'WHERE u.n > 0 AND (u.publisher, u.attribution, u.licence_name, u.licence_url) > (g.publisher, g.attribution, g.licence_name, g.licence_url) ' +
          'ORDER BY u.publisher, u.attribution, u.licence_name, u.licence_url, u.source_id LIMIT 1) x' +
          ') SELECT source_id AS "sourceId", attribution FROM g',
      );
      return rows.map((r) => ({ sourceId: r.sourceId, attribution: r.attribution || null }));
    });
  }

  /** One transaction: lock out other writers, read what the batch names, check it, apply it, bump the versions, NOTIFY. */
  write(batch: WriteBatch, options: WriteOptions = {}): Promise<WriteResult> {
    return this.writeNow(batch, options).then((result) => this.analyzeAfter(result));
  }

  /**
   * After a bulk write (a seed, an import), the planner's statistics are brought up to date before
   * the write returns. Left to autovacuum, they lag by a minute or more, and meanwhile the planner
   * guesses from the table as it was: at a million events just seeded, a city query took p50
   * 12 ms and p95 124 ms in the bench, against under 2 ms once analyzed.
   */
  private async analyzeAfter<R extends WriteResult>(result: R): Promise<R> {
    const { inserted, updated, retracted } = result.counts;
    if (!result.dryRun && inserted + updated + retracted >= (this.options.bulkWriteRows ?? BULK_WRITE_ROWS)) {
      await this.guard(() => this.pool.query('ANALYZE events, citations, sources, places')).catch((e: Error) => console.error(`ANALYZE after a bulk write failed: ${e.message}`));
    }
    return result;
  }

  private writeNow(batch: WriteBatch, { dryRun = false, by = 'unknown' }: WriteOptions): Promise<WriteResult> {
    return this.transaction(async (c) => {
      await c.query(`SET LOCAL statement_timeout = ${10 * (this.options.statementTimeout ?? 15_000)}`);
      // Writers of this schema one at a time: each reads, checks and writes against the last one's commit.
      await c.query("SELECT pg_advisory_xact_lock(hashtext('situation-map:write:' || current_schema()))");
      const plan = checkBatch(batch, await existing(c, needsOf(batch)), countryAnchors);
      const current = Number((await c.query<{ value: string }>("SELECT value FROM meta WHERE key = 'version'")).rows[0].value);
      if (dryRun || plan.kinds.length === 0) return writeResult(plan, current, dryRun);
      const version = current + 1;
      await revise(c, plan, version, new Date().toISOString(), by);
      await apply(c, plan);
      await announce(c, version, plan.kinds, by);
      return writeResult(plan, version, false);
    });
  }

  /**
   * A write in parts: one transaction on a client of its own, holding the writers' lock until it
   * is committed or rolled back. The streamed source's text is written a part at a time into
   * source_parts, each part compared with the one stored in its place.
   */
  begin({ dryRun = false, by = 'unknown', source }: PartedOptions = {}): Promise<PartedWrite> {
    return this.guard(async () => {
      const c = await this.writers.connect();
      let session: PartedSession | undefined;
      const end = async (commit = false) => {
        session?.end();
        let broken: Error | undefined;
        await c.query(commit ? 'COMMIT' : 'ROLLBACK').catch((e: Error) => (broken = e));
        c.release(broken);
        if (broken && commit) throw broken;
      };
      try {
        await c.query('BEGIN');
        await c.query(`SET LOCAL statement_timeout = ${10 * (this.options.statementTimeout ?? 15_000)}`);
        await c.query("SELECT pg_advisory_xact_lock(hashtext('situation-map:write:' || current_schema()))");
        session = new PartedSession(source, Number((await c.query<{ value: string }>("SELECT value FROM meta WHERE key = 'version'")).rows[0].value));
      } catch (e) {
        await end();
        throw e;
      }
      const parts = session;
      const { text } = parts;
      return {
        add: (batch) =>
          this.guard(async () => {
            parts.assertOpen();
            try {
              const { plan, text: part } = parts.check(batch, await existing(c, parts.needs(batch)));
              if (part !== undefined) {
                const record = parts.record!;
                if (text.parts === 0) {
                  const { rows } = await c.query<{ whole: boolean }>("SELECT text <> '' AS whole FROM sources WHERE id = $1", [record.id]);
                  text.stored = rows[0] ? { whole: rows[0].whole } : null;
                  // Its citations need it stored (the credits' tally reads its publisher).
                  if (!rows[0]) await c.query("INSERT INTO sources (id, publisher, record, text) VALUES ($1, $2, $3, '')", [record.id, record.publisher, JSON.stringify(record)]);
                }
                const put = await c.query(
                  'INSERT INTO source_parts (source_id, n, text) VALUES ($1, $2, $3) ON CONFLICT (source_id, n) DO UPDATE SET text = excluded.text WHERE source_parts.text <> excluded.text',
                  [record.id, text.parts + 1, part],
                );
                text.wrote(put.rowCount ?? 0);
              }
              await revise(c, plan, parts.version, parts.at, by);
              await apply(c, plan);
            } catch (e) {
              parts.fail();
              throw e;
            }
          }),
        commit: () =>
          this.guard(async () => {
            parts.assertOpen();
            try {
              const record = parts.record;
              let sourceOp: ReturnType<PartedText['op']> | undefined;
              if (record) {
                const json = JSON.stringify(record);
                const dropped = (await c.query('DELETE FROM source_parts WHERE source_id = $1 AND n > $2', [record.id, text.parts])).rowCount ?? 0;
                const retold = (await c.query('UPDATE sources SET publisher = $1, record = $2 WHERE id = $3 AND record <> $2', [record.publisher, json, record.id])).rowCount ?? 0;
                // Kept whole before (data/, or an import before parts): the same words, now in parts?
                let same = false;
                if (text.stored?.whole) {
                  const { rows } = await c.query<{ same: boolean }>("SELECT text = (SELECT string_agg(text, '' ORDER BY n) FROM source_parts WHERE source_id = $1) AS same FROM sources WHERE id = $1", [record.id]);
                  same = rows[0].same;
                  await c.query("UPDATE sources SET text = '' WHERE id = $1", [record.id]);
                }
                sourceOp = text.op(dropped + retold, same);
              }
              const result = parts.result(sourceOp, parts.current, dryRun);
              if (dryRun || result.kinds.length === 0) {
                await end();
                return result;
              }
              await announce(c, parts.version, result.kinds, by);
              await end(true);
              return this.analyzeAfter({ ...result, version: parts.version });
            } catch (e) {
              if (!parts.ended) await end();
              throw e;
            }
          }),
        rollback: async () => {
          if (!parts.ended) await end();
        },
      };
    });
  }

  revisions(kind: string, id: string) {
    return this.guard(async () => {
      const { rows } = await this.pool.query<{ version: number; at: string; by: string; op: 'update' | 'retract'; record: string }>(
        'SELECT version, at, by, op, record FROM revisions WHERE kind = $1 AND id = $2 ORDER BY version',
        [kind, id],
      );
      return rows.map((r) => ({ ...r, record: JSON.parse(r.record) as unknown }));
    });
  }

  getMeta(key: string) {
    return this.guard(async () => (await this.pool.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [`x:${key}`])).rows[0]?.value ?? null);
  }

  setMeta(key: string, value: string) {
    return this.guard(async () => {
      await this.pool.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [`x:${key}`, value]);
    });
  }

  /** The desk's connection: the pool (in this back end's schema). */
  desk(): DeskConnection {
    return {
      authDatabase: this.pool,
      sql: {
        all: <T>(sql: string, params: unknown[] = []) => this.guard(async () => (await this.pool.query(dollarPlaceholders(sql), params)).rows as T[]),
        run: (sql: string, params: unknown[] = []) => this.guard(async () => (await this.pool.query(dollarPlaceholders(sql), params)).rowCount ?? 0),
      },
    };
  }

  /**
   * LISTENs on a connection of its own, which connects again by itself when dropped; calls back
   * each time it is listening (a write may have come before), on each notice, and when the
   * version read every 2 s has moved (in case a notice was lost).
   */
  watch(onMaybeChanged: () => void) {
    let stopped = false;
    let listener: pg.Client | undefined;
    let retry: NodeJS.Timeout | undefined;
    const maybe = () => !stopped && onMaybeChanged();

    const listen = async () => {
      if (stopped) return;
      const c = new pg.Client(this.config);
      listener = c;
      let dropped = false;
      const drop = () => {
        if (dropped) return;
        dropped = true;
        if (listener === c) listener = undefined;
        c.end().catch(() => undefined);
        if (stopped) return;
        retry = setTimeout(() => void listen(), RECONNECT_MS);
        retry.unref();
      };
      c.on('error', drop);
      c.on('end', drop);
      c.on('notification', (n) => n.channel === CHANNEL && maybe());
      try {
        await c.connect();
        // The listening socket alone does not keep the process alive (the poll's timer does not either).
        (c as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
        await c.query(`LISTEN ${CHANNEL}`);
        maybe();
      } catch {
        drop();
      }
    };

    let seen: string | undefined;
    const version = () =>
      this.pool
        .query<{ value: string }>("SELECT value FROM meta WHERE key = 'version'")
        .then(({ rows }) => rows[0]?.value)
        .catch(() => undefined);
    void version().then((v) => (seen ??= v));
    const poll = setInterval(() => {
      void version().then((now) => {
        if (now === undefined) return;
        if (seen !== undefined && now !== seen) maybe();
        seen = now;
      });
    }, POLL_MS);
    poll.unref();
    void listen();

    const stop = () => {
      stopped = true;
      clearInterval(poll);
      clearTimeout(retry);
      listener?.end().catch(() => undefined);
      this.watchers.delete(stop);
    };
    this.watchers.add(stop);
    return stop;
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    for (const stop of [...this.watchers]) stop();
    await Promise.all([this.pool.end(), this.writers.end()]);
  }
}

/** Error codes and messages that mean the database cannot be reached now (not that a query is wrong). */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', '57P01', '57P02', '57P03', '53300']);
const UNREACHABLE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|connection timeout|not queryable|terminating connection|the database system is (starting up|shutting down)|connect ECONNREFUSED/i;

/** Whether an error means the database is unreachable: refused, unknown host, shut down, dropped, or no connection in time. */
export function isUnreachable(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  if (e instanceof StoreUnavailable) return true;
  const { code, message, errors } = e as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
  if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
  // Node's connection attempts to several addresses fail together, as an AggregateError.
  return Array.isArray(errors) && errors.some(isUnreachable);
}

/** The span condition: a period overlapping [from, to]. A date stands for at most a year, which bounds the index range on first days. */
function spanClauses(from: string | undefined, to: string | undefined, params: unknown[]): string[] {
  const p = (v: unknown) => `$${params.push(v)}`;
  const clauses: string[] = [];
  if (to !== undefined) clauses.push(`start_day <= ${p(dayNumber(to))}`);
  if (from !== undefined) clauses.push(`start_day >= ${p(dayNumber(from) - MAX_PERIOD_DAYS)}`, `end_day >= ${p(dayNumber(from))}`);
  return clauses;
}

/**
 * An event as a segment in three dimensions, (lon, lat, first day) to (lon, lat, last day): the
 * expression of the index events_by_segment (lib/store/postgres-schema.ts), spelled as it is there
 * so that the planner matches it.
 */
const EVENT_SEGMENT = 'ST_MakeLine(ST_MakePoint(ST_X(geom), ST_Y(geom), start_day), ST_MakePoint(ST_X(geom), ST_Y(geom), end_day))';
/** Days beyond any event's, for a box with no span. */
const ALL_DAYS = 10_000_000;

/**
 * WHERE for an event filter. A box is asked of the index on the event's segment (`&&&` with a
 * 3-D box: lon and lat, and the span's days, which the segment's days overlap exactly when the
 * period overlaps the span); the index compares rounded boxes and so may let through a point a
 * hair outside, so the point and the days are then checked exactly, edges included. A box crossing
 * the antimeridian is asked as two. Without a box, the span is asked of the btree on first days.
 */
export function eventWhere(f: EventFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const clauses = ['retracted IS NULL'];
  if (f.place) clauses.push(`place_id = ${p(f.place)}`);
  if (f.category) clauses.push(`category = ${p(f.category)}`);
  if (!f.bbox) return { where: [...clauses, ...spanClauses(f.from, f.to, params)].join(' AND '), params };
  const [minLon, minLat, maxLon, maxLat] = f.bbox.map((v) => `${p(v)}::float8`);
  const first = `${p(f.from === undefined ? -ALL_DAYS : dayNumber(f.from))}::float8`;
  const last = `${p(f.to === undefined ? ALL_DAYS : dayNumber(f.to))}::float8`;
  const box = (a: string, b: string) => `${EVENT_SEGMENT} &&& ST_3DMakeBox(ST_MakePoint(${a}, ${minLat}, ${first}), ST_MakePoint(${b}, ${maxLat}, ${last}))`;
  if (f.bbox[0] <= f.bbox[2]) clauses.push(box(minLon, maxLon), `ST_X(geom) BETWEEN ${minLon} AND ${maxLon}`);
  else clauses.push(`(${box(minLon, '180')} OR ${box('-180', maxLon)})`, `(ST_X(geom) >= ${minLon} OR ST_X(geom) <= ${maxLon})`);
  clauses.push(`ST_Y(geom) BETWEEN ${minLat} AND ${maxLat}`);
  if (f.to !== undefined) clauses.push(`start_day <= ${p(dayNumber(f.to))}`);
  if (f.from !== undefined) clauses.push(`end_day >= ${p(dayNumber(f.from))}`);
  return { where: clauses.join(' AND '), params };
}

/** What the store holds of what a batch names, read inside the write's transaction (after the lock). */
async function existing(c: pg.PoolClient, n: Needs): Promise<Existing> {
  const byId = async <T>(table: string, ids: Set<string>, { live = false, key = 'id', text = false } = {}) => {
    const map = new Map<string, T>();
    if (ids.size === 0) return map;
    // A source's text: its own, then its parts in order (a dataset's, as an import wrote them).
    const whole = `, text || COALESCE((SELECT string_agg(p.text, '' ORDER BY p.n) FROM source_parts p WHERE p.source_id = ${table}.id), '') AS text`;
    const { rows } = await c.query<Row & { k: string; text?: string }>(`SELECT ${key} AS k, record${text ? whole : ''} FROM ${table} WHERE ${key} = ANY($1::text[])${live ? ' AND retracted IS NULL' : ''}`, [[...ids]]);
    for (const r of rows) map.set(r.k, (r.text === undefined ? JSON.parse(r.record) : { ...JSON.parse(r.record), text: r.text }) as T);
    return map;
  };
  const control = await byId<ControlPeriodRecord>('control_periods', n.control, { live: true });
  const areaIds = [...new Set([...n.controlAreas, ...[...control.values()].map((p) => p.areaId)])];
  if (areaIds.length > 0) {
    const { rows } = await c.query<Row & { id: string }>('SELECT id, record FROM control_periods WHERE retracted IS NULL AND area_id = ANY($1::text[])', [areaIds]);
    for (const r of rows) control.set(r.id, JSON.parse(r.record));
  }
  return {
    sources: await byId('sources', n.sources, { text: true }),
    places: await byId('places', n.places),
    actors: await byId('actors', n.actors),
    countries: await byId('countries', n.countries, { key: 'code' }),
    areas: await byId('areas', n.areas),
    events: await byId('events', n.events, { live: true }),
    control,
    flows: await byId('flows', n.flows, { live: true }),
    itineraries: new Map(parse<{ id: string }>((await c.query<Row>('SELECT record FROM itineraries WHERE retracted IS NULL')).rows).map((i) => [i.id, i])) as Existing['itineraries'],
  };
}

/** Runs `sql` (with `$1::type[]`... for the columns) over the rows in chunks: one round trip per CHUNK rows. */
async function bulk(c: Db, sql: string, rows: unknown[][]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await c.query(sql, chunk[0].map((_, j) => arrayLiteral(chunk.map((r) => r[j] as string | number | null))));
  }
}

/**
 * A PostgreSQL array literal of texts or numbers (NULL for null). node-postgres makes one of a
 * JavaScript array too, but four times slower: at 100,000 events that was most of a seed's time.
 */
/** What JSON writes as escapes of its own: control characters and (lone) surrogates. */
const JSON_ESCAPED = /[\u0000-\u001f\ud800-\udfff]/;

export function arrayLiteral(values: (string | number | null)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ',';
    if (v === null) out += 'NULL';
    else if (typeof v === 'number') out += Number.isFinite(v) ? String(v) : v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN';
    // JSON quotes a string as the array literal does (" and \ escaped) when it has none of the
    // characters JSON escapes otherwise, as a record's JSON text has none: natively, so faster.
    else out += JSON_ESCAPED.test(v) ? `"${v.replace(/[\\"]/g, '\\$&')}"` : JSON.stringify(v);
  }
  return `${out}}`;
}

/** Keeps what a plan replaces or retracts as revisions at the version it makes. */
async function revise(c: pg.PoolClient, plan: Plan, version: number, at: string, by: string) {
  await bulk(
    c,
    'INSERT INTO revisions (kind, id, version, at, by, op, record) SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[]) ' +
      'ON CONFLICT (kind, id, version) DO UPDATE SET op = excluded.op, record = excluded.record',
    revisionsOf(plan).map((r) => [r.kind, r.id, version, at, by, r.op, r.record]),
  );
}

/** Records a committed version: the versions by kind, the change, the NOTIFY that other instances hear at commit. */
async function announce(c: pg.PoolClient, version: number, kinds: string[], by: string) {
  const keys = ['version', ...kinds.map((k) => `version:${k}`)];
  await c.query('INSERT INTO meta (key, value) SELECT k, $2 FROM unnest($1::text[]) AS k ON CONFLICT (key) DO UPDATE SET value = excluded.value', [keys, String(version)]);
  await c.query('INSERT INTO changes (version, kinds, at, by) VALUES ($1, $2, $3, $4)', [version, JSON.stringify(kinds), new Date().toISOString(), by]);
  await c.query('SELECT pg_notify($1, $2)', [CHANNEL, String(version)]);
}

/** Writes a checked plan: the changed records, their citations, the events' points, the retractions. */
async function apply(c: pg.PoolClient, plan: Plan) {
  const changed = <T>(rows: { op: string; value: T }[]) => rows.filter((r) => r.op !== 'unchanged').map((r) => r.value);
  const put = (table: string, key = 'id') =>
    `INSERT INTO ${table} (${key}, record) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (${key}) DO UPDATE SET record = excluded.record`;

  await bulk(
    c,
    'INSERT INTO sources (id, publisher, record, text) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ' +
      'ON CONFLICT (id) DO UPDATE SET publisher = excluded.publisher, record = excluded.record, text = excluded.text',
    changed(plan.sources).map(({ text, ...s }) => [s.id, s.publisher, JSON.stringify(s), text]),
  );
  // A source written whole keeps no parts of an earlier import.
  await bulk(c, 'DELETE FROM source_parts WHERE source_id = ANY($1::text[])', changed(plan.sources).map((s) => [s.id]));
  for (const [table, rows] of [['places', plan.places], ['actors', plan.actors], ['areas', plan.areas]] as const) {
    await bulk(c, put(table), changed<{ id: string }>(rows).map((r) => [r.id, JSON.stringify(r)]));
  }
  await bulk(c, put('countries', 'code'), changed(plan.countries).map((r) => [r.code, JSON.stringify(r)]));

  // Citations of the claims written: the old ones go, the new ones come.
  const citations: [string, string, string][] = [];
  const rewritten: string[] = [];
  const cite = (claim: string, sources: { sourceId: string; attribution?: string }[]) => {
    rewritten.push(claim);
    for (const s of sources) citations.push([claim, s.sourceId, s.attribution ?? '']);
  };

  // An event's point is its place's, as the batch leaves it.
  const events = changed(plan.events);
  if (events.length > 0) {
    const at = new Map<string, [number, number]>();
    const { rows } = await c.query<Row & { id: string }>('SELECT id, record FROM places WHERE id = ANY($1::text[])', [[...new Set(events.map((e) => e.placeId))]]);
    for (const r of rows) at.set(r.id, (JSON.parse(r.record) as { coordinates: [number, number] }).coordinates);
    await bulk(
      c,
      'INSERT INTO events (id, place_id, start_day, end_day, category, geom, record, retracted) ' +
        'SELECT u.id, u.place_id, u.start_day, u.end_day, u.category, ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326), u.record, NULL ' +
        'FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::float8[], $7::float8[], $8::text[]) AS u (id, place_id, start_day, end_day, category, lon, lat, record) ' +
        'ON CONFLICT (id) DO UPDATE SET place_id = excluded.place_id, start_day = excluded.start_day, end_day = excluded.end_day, category = excluded.category, geom = excluded.geom, record = excluded.record, retracted = NULL',
      events.map(({ dateEnd, ...e }) => {
        const [lon, lat] = at.get(e.placeId)!;
        cite(`event:${e.id}`, e.sources);
        return [e.id, e.placeId, dayNumber(e.date), dayNumber(dateEnd), e.category, lon, lat, JSON.stringify(e)];
      }),
    );
  }
  // A place that moved takes its events' points with it.
  const moved = plan.places.filter((r) => r.op === 'update').map((r) => r.value);
  await bulk(
    c,
    'UPDATE events e SET geom = ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326) FROM unnest($1::text[], $2::float8[], $3::float8[]) AS u (id, lon, lat) ' +
      'WHERE e.place_id = u.id',
    moved.map((p) => [p.id, p.coordinates[0], p.coordinates[1]]),
  );

  await bulk(
    c,
    'INSERT INTO control_periods (id, area_id, record, retracted) SELECT u.*, NULL FROM unnest($1::text[], $2::text[], $3::text[]) AS u ' +
      'ON CONFLICT (id) DO UPDATE SET area_id = excluded.area_id, record = excluded.record, retracted = NULL',
    changed(plan.control).map((p) => {
      cite(`control:${p.id}`, p.sources);
      return [p.id, p.areaId, JSON.stringify(p)];
    }),
  );
  const putClaim = (table: string) => `INSERT INTO ${table} (id, record, retracted) SELECT u.*, NULL FROM unnest($1::text[], $2::text[]) AS u ON CONFLICT (id) DO UPDATE SET record = excluded.record, retracted = NULL`;
  await bulk(
    c,
    putClaim('flows'),
    changed(plan.flows).map((f) => {
      cite(`flow:${f.id}`, f.sources);
      return [f.id, JSON.stringify(f)];
    }),
  );
  await bulk(c, putClaim('itineraries'), changed(plan.itineraries).map((it) => [it.id, JSON.stringify(it)]));

  const tables = { event: 'events', control: 'control_periods', flow: 'flows', itinerary: 'itineraries' } as const;
  const at = new Date().toISOString();
  for (const kind of Object.keys(tables) as (keyof typeof tables)[]) {
    const gone = plan.retract.filter((r) => r.kind === kind);
    await bulk(c, `UPDATE ${tables[kind]} t SET retracted = u.why FROM unnest($1::text[], $2::text[]) AS u (id, why) WHERE t.id = u.id`, gone.map((r) => [r.id, JSON.stringify({ reason: r.reason, at })]));
    rewritten.push(...gone.map((r) => `${kind}:${r.id}`));
  }

  await bulk(c, 'DELETE FROM citations WHERE claim = ANY($1::text[])', rewritten.map((claim) => [claim]));
  await bulk(c, 'INSERT INTO citations (claim, source_id, attribution) SELECT DISTINCT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING', citations);
}
