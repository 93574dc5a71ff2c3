import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { EventRecord } from '@/lib/schemas/event';
import type { SourceRecord } from '@/lib/schemas/source';
import type { WriteBatch } from './batch';
import type { Backend, Change, EventCursor, EventFilter, EventPaging, PartedOptions, PartedWrite, Snapshot, Versions, WriteOptions, WriteResult } from './backend';
import { PartedSession, type PartedText, planWrite, versionsFrom, writeResult } from './write-plan';
import { dayNumber, dayOf, MAX_PERIOD_DAYS } from './days';
import { revisionsOf, type Existing, type Needs, type Plan } from './validate';
import { SQLITE_MIGRATIONS } from './sqlite-schema';
import type { DeskConnection } from './desk-sql';

type Row = { record: string };
const parse = <T>(rows: Row[]) => rows.map((r) => JSON.parse(r.record) as T);

/** How often another process's writes are looked for: the file's change counter is cheap to read. */
const WATCH_MS = 250;

/**
 * The embedded store: one SQLite file (WAL, so the server, a second instance and a command-line
 * import use it at once). Events sit in an R*Tree over longitude, latitude and day for box and
 * span queries, and in covering indexes by date and by place for the rest. Writes go through a
 * connection of their own, so that readers never see a write before it commits.
 */
export class SqliteBackend implements Backend {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly writer: Database.Database;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly statements = new Map<string, Database.Statement>();
  private deskDb: Database.Database | undefined;

  /**
   * `readsOnly`: one connection, for a reader that never writes (a worker thread of the read pool);
   * `cacheKiB`: its page cache (the operating system's file cache sits behind it).
   */
  constructor(
    readonly file: string,
    { readsOnly = false, cacheKiB = 32_000 }: { readsOnly?: boolean; cacheKiB?: number } = {},
  ) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = open(file, cacheKiB);
    this.writer = file === ':memory:' || readsOnly ? this.db : open(file);
  }

  /** A reading statement, prepared once per SQL text (preparing cost about as much as a small query). */
  private read(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, (statement = this.db.prepare(sql)));
    }
    return statement;
  }

  async migrate() {
    const current = (this.writer.pragma('user_version', { simple: true }) as number) ?? 0;
    this.writer.transaction(() => {
      const again = this.writer.pragma('user_version', { simple: true }) as number;
      // Never step a newer store's schema back (an older build would then run newer migrations again).
      if (again > SQLITE_MIGRATIONS.length) throw new Error(`the store's schema (version ${again}) is newer than this program's (${SQLITE_MIGRATIONS.length}): run a newer build`);
      for (let v = again; v < SQLITE_MIGRATIONS.length; v++) this.writer.exec(SQLITE_MIGRATIONS[v]);
      this.writer.pragma(`user_version = ${SQLITE_MIGRATIONS.length}`);
    }).immediate();
    return void current;
  }

  async versions(): Promise<Versions> {
    return versionsFrom(this.read('SELECT key, value FROM meta').all() as { key: string; value: string }[]);
  }

  async changesSince(version: number): Promise<Change[]> {
    const rows = this.read('SELECT version, kinds, at FROM changes WHERE version > ? ORDER BY version LIMIT 1000').all(version) as { version: number; kinds: string; at: string }[];
    return rows.map((r) => ({ version: r.version, kinds: JSON.parse(r.kinds), at: r.at }));
  }

  async snapshot(): Promise<Snapshot> {
    const all = (table: string, live = false) => parse(this.read(`SELECT record FROM ${table}${live ? ' WHERE retracted IS NULL' : ''} ORDER BY id`).all() as Row[]);
    return {
      places: all('places'),
      actors: all('actors'),
      countries: parse(this.read('SELECT record FROM countries ORDER BY code').all() as Row[]),
      areas: all('areas'),
      control: all('control_periods', true),
      flows: all('flows', true),
      itineraries: all('itineraries', true),
    } as Snapshot;
  }

  async findEvents(filter: EventFilter, { limit, offset, order }: EventPaging) {
    const { from, where, params } = eventWhere(filter);
    const total = (this.read(`SELECT COUNT(*) AS n FROM ${from} WHERE ${where}`).get(params) as { n: number }).n;
    const direction = order === 'desc' ? 'DESC' : 'ASC';
    // The page's rows are chosen by their keys first and only then read whole: sorting every match
    // with its record (a kilobyte of JSON each) took three times as long at a million events.
    const rows =
      total === 0
        ? []
        : (this.read(`SELECT record FROM events WHERE n IN (SELECT e.n FROM ${from} WHERE ${where} ORDER BY e.date ${direction}, e.id ${direction} LIMIT ? OFFSET ?) ORDER BY date ${direction}, id ${direction}`).all([...params, limit, offset]) as Row[]);
    return { total, events: parse<EventRecord>(rows) };
  }

  async eventsAfter(filter: EventFilter, after: EventCursor | null, limit: number) {
    const { from, where, params } = eventWhere(filter);
    const keyset = after ? ' AND (e.date, e.id) > (?, ?)' : '';
    const sql = `SELECT e.record FROM ${from} WHERE ${where}${keyset} ORDER BY e.date, e.id LIMIT ?`;
    return parse<EventRecord>(this.db.prepare(sql).all([...params, ...(after ? [after.date, after.id] : []), limit]) as Row[]);
  }

  async countByPlace(from?: string, to?: string) {
    if (from === undefined && to === undefined) {
      const totals = this.read('SELECT place_id AS id, n FROM place_totals WHERE n > 0').all() as { id: string; n: number }[];
      return new Map(totals.map((r) => [r.id, r.n]));
    }
    const { where, params } = spanWhere(from, to);
    const rows = this.read(`SELECT e.place_id AS id, COUNT(*) AS n FROM events e WHERE e.retracted IS NULL${where} GROUP BY e.place_id`).all(params) as { id: string; n: number }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  async countByFirstDay(filter: EventFilter, first: string, last: string) {
    if (!filter.place && !filter.bbox) {
      // Without a place or a box, the per-day counts the triggers keep (event_days): a few thousand rows, not every event.
      const category = filter.category ? ' AND category = ?' : '';
      const sql = `SELECT day, SUM(n) AS count FROM event_days WHERE day >= ? AND day <= ?${category} GROUP BY day HAVING SUM(n) > 0`;
      const rows = this.db.prepare(sql).all([dayNumber(first), dayNumber(last), ...(filter.category ? [filter.category] : [])]) as { day: number; count: number }[];
      return rows.map((r) => ({ day: dayOf(r.day), count: r.count }));
    }
    // `date` is the first day as text: events_by_place holds it with the category, so no row is read for a place.
    const { from, where, params } = eventWhere({ ...filter, from: undefined, to: undefined });
    const sql = `SELECT e.date AS day, COUNT(*) AS count FROM ${from} WHERE ${where} AND e.date >= ? AND e.date <= ? GROUP BY e.date`;
    return this.db.prepare(sql).all([...params, first, last]) as { day: string; count: number }[];
  }

  async eventSpan() {
    // Two subqueries, each one seek into its index: together in one SELECT, SQLite scans a whole index.
    const row = this.read('SELECT (SELECT MIN(start_day) FROM events WHERE retracted IS NULL) AS s, (SELECT MAX(end_day) FROM events WHERE retracted IS NULL) AS e').get() as { s: number | null; e: number | null };
    return row.s === null || row.e === null ? null : { start: dayOf(row.s), end: dayOf(row.e) };
  }

  async eventsById(ids: string[]) {
    return parse<EventRecord>(inChunks(ids, (chunk) => this.read(`SELECT record FROM events WHERE retracted IS NULL AND id IN (${marks(chunk)})`).all(chunk) as Row[]));
  }

  async sourcesById(ids: string[]) {
    return parse<SourceRecord>(inChunks(ids, (chunk) => this.read(`SELECT record FROM sources WHERE id IN (${marks(chunk)})`).all(chunk) as Row[]));
  }

  async citedSources() {
    // A skip scan of the tally's index, a few seeks per group (a few dozen groups), instead of
    // reading every (source, outlet) pair (300,000 at a million events). Each group's first entry
    // holds its lowest source id, as the index ends with it. The next group is found by equality
    // on a prefix and a range on the next column: SQLite seeks on those, where a row-value range
    // ((a, b, c, d) > (?, ?, ?, ?)) made it walk the rest of the group entry by entry.
    const columns = ['publisher', 'attribution', 'licence_name', 'licence_url'] as const;
    const pick = 'SELECT publisher, attribution, licence_name, licence_url, source_id FROM source_use WHERE n > 0';
    const order = ' ORDER BY publisher, attribution, licence_name, licence_url, source_id LIMIT 1';
    const after = columns.map((_, i) => this.read(`${pick}${columns.slice(0, i).map((c) => ` AND ${c} = ?`).join('')} AND ${columns[i]} > ?${order}`));
    type Group = Record<(typeof columns)[number] | 'source_id', string>;
    const nextGroup = (g: Group): Group | undefined => {
      for (let i = columns.length - 1; i >= 0; i--) {
        const found = after[i].get(...columns.slice(0, i + 1).map((c) => g[c])) as Group | undefined;
        if (found) return found;
      }
      return undefined;
    };
    const out: { sourceId: string; attribution: string | null }[] = [];
    for (let g = this.read(pick + order).get() as Group | undefined; g; g = nextGroup(g)) out.push({ sourceId: g.source_id, attribution: g.attribution || null });
    return out;
  }

  /** Writes are serialized in this process; SQLite's write lock serializes them between processes. */
  write(batch: WriteBatch, options: WriteOptions = {}): Promise<WriteResult> {
    const run = () => this.writeNow(batch, options);
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private writeNow(batch: WriteBatch, { dryRun = false, by = 'unknown' }: WriteOptions): WriteResult {
    const w = this.writer;
    let result: WriteResult | undefined;
    const tx = w.transaction(() => {
      const plan = planWrite(batch, (needs) => this.existing(needs));
      if (dryRun || plan.kinds.length === 0) {
        result = writeResult(plan, Number((w.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string }).value), dryRun);
        return;
      }
      const version = Number((w.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string }).value) + 1;
      const at = new Date().toISOString();
      const revise = w.prepare('INSERT OR REPLACE INTO revisions (kind, id, version, at, by, op, record) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const r of revisionsOf(plan)) revise.run(r.kind, r.id, version, at, by, r.op, r.record);
      this.apply(plan);
      const setMeta = w.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
      setMeta.run('version', String(version));
      for (const kind of plan.kinds) setMeta.run(`version:${kind}`, String(version));
      w.prepare('INSERT INTO changes (version, kinds, at, by) VALUES (?, ?, ?, ?)').run(version, JSON.stringify(plan.kinds), new Date().toISOString(), by);
      result = writeResult(plan, version, false);
    });
    tx.immediate();
    return result!;
  }

  /**
   * A write in parts: one IMMEDIATE transaction on the writing connection, held (with this
   * process's write queue) until it is committed or rolled back. The streamed source's text is
   * written a part at a time into source_parts, each part compared with the one stored in its place.
   */
  begin(options: PartedOptions = {}): Promise<PartedWrite> {
    let release!: () => void;
    const ended = new Promise<void>((resolve) => (release = resolve));
    const started = this.queue.then(() => this.beginNow(options, release));
    this.queue = started.then(() => ended).catch(() => undefined);
    return started;
  }

  private beginNow({ dryRun = false, by = 'unknown', source }: PartedOptions, release: () => void): PartedWrite {
    const w = this.writer;
    w.exec('BEGIN IMMEDIATE');
    let session: PartedSession;
    try {
      session = new PartedSession(source, Number((w.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string }).value));
    } catch (e) {
      w.exec('ROLLBACK');
      release();
      throw e;
    }
    const { text } = session;
    const end = () => {
      if (w.inTransaction) w.exec('ROLLBACK');
      session.end();
      release();
    };
    return {
      add: async (batch) => {
        session.assertOpen();
        try {
          const { plan, text: part } = session.check(batch, this.existing(session.needs(batch)));
          if (part !== undefined) {
            const record = session.record!;
            if (text.parts === 0) {
              const row = w.prepare("SELECT text <> '' AS whole FROM sources WHERE id = ?").get(record.id) as { whole: number } | undefined;
              text.stored = row ? { whole: row.whole === 1 } : null;
              // Its citations need it stored (the credits' tally reads its publisher).
              if (!row) w.prepare("INSERT INTO sources (id, publisher, record, text) VALUES (?, ?, ?, '')").run(record.id, record.publisher, JSON.stringify(record));
            }
            const put = w.prepare('INSERT INTO source_parts (source_id, n, text) VALUES (?, ?, ?) ON CONFLICT (source_id, n) DO UPDATE SET text = excluded.text WHERE source_parts.text <> excluded.text');
            text.wrote(put.run(record.id, text.parts + 1, part).changes);
          }
          const revise = w.prepare('INSERT OR REPLACE INTO revisions (kind, id, version, at, by, op, record) VALUES (?, ?, ?, ?, ?, ?, ?)');
          for (const r of revisionsOf(plan)) revise.run(r.kind, r.id, session.version, session.at, by, r.op, r.record);
          this.apply(plan);
        } catch (e) {
          session.fail();
          throw e;
        }
      },
      commit: async () => {
        session.assertOpen();
        try {
          const record = session.record;
          let sourceOp: ReturnType<PartedText['op']> | undefined;
          if (record) {
            const json = JSON.stringify(record);
            const dropped = w.prepare('DELETE FROM source_parts WHERE source_id = ? AND n > ?').run(record.id, text.parts).changes;
            const retold = w.prepare('UPDATE sources SET publisher = ?, record = ? WHERE id = ? AND record <> ?').run(record.publisher, json, record.id, json).changes;
            // Kept whole before (data/, or an import before parts): the same words, now in parts?
            const same = !!text.stored?.whole && (w.prepare("SELECT text = (SELECT group_concat(text, '' ORDER BY n) FROM source_parts WHERE source_id = ?) AS same FROM sources WHERE id = ?").get(record.id, record.id) as { same: number }).same === 1;
            if (text.stored?.whole) w.prepare("UPDATE sources SET text = '' WHERE id = ?").run(record.id);
            sourceOp = text.op(dropped + retold, same);
          }
          const result = session.result(sourceOp, session.current, dryRun);
          if (dryRun || result.kinds.length === 0) {
            end();
            return result;
          }
          const setMeta = w.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
          setMeta.run('version', String(session.version));
          for (const kind of result.kinds) setMeta.run(`version:${kind}`, String(session.version));
          w.prepare('INSERT INTO changes (version, kinds, at, by) VALUES (?, ?, ?, ?)').run(session.version, JSON.stringify(result.kinds), new Date().toISOString(), by);
          w.exec('COMMIT');
          end();
          return { ...result, version: session.version };
        } catch (e) {
          end();
          throw e;
        }
      },
      rollback: async () => {
        if (!session.ended) end();
      },
    };
  }

  /** What the store holds of what a batch names, read inside the write's transaction. */
  private existing(n: Needs): Existing {
    const w = this.writer;
    const byId = <T>(table: string, ids: Set<string>, live = false, key = 'id', extra = '') =>
      new Map(
        inChunks([...ids], (chunk) => w.prepare(`SELECT ${key} AS k, record${extra} FROM ${table} WHERE ${key} IN (${marks(chunk)})${live ? ' AND retracted IS NULL' : ''}`).all(chunk) as (Row & { k: string; text?: string })[]).map((r) => [
          r.k,
          (r.text === undefined ? JSON.parse(r.record) : { ...JSON.parse(r.record), text: r.text }) as T,
        ]),
      );
    const control = byId<Existing['control'] extends Map<string, infer T> ? T : never>('control_periods', n.control, true);
    const areaIds = [...n.controlAreas, ...[...control.values()].map((p) => p.areaId)];
    for (const r of inChunks(areaIds, (chunk) => w.prepare(`SELECT id, record FROM control_periods WHERE retracted IS NULL AND area_id IN (${marks(chunk)})`).all(chunk) as (Row & { id: string })[])) control.set(r.id, JSON.parse(r.record));
    return {
      sources: byId('sources', n.sources, false, 'id', `, text || COALESCE((SELECT group_concat(p.text, '' ORDER BY p.n) FROM source_parts p WHERE p.source_id = sources.id), '') AS text`),
      places: byId('places', n.places),
      actors: byId('actors', n.actors),
      countries: byId('countries', n.countries, false, 'code'),
      areas: byId('areas', n.areas),
      events: byId('events', n.events, true),
      control,
      flows: byId('flows', n.flows, true),
      itineraries: new Map(parse<{ id: string }>(w.prepare('SELECT record FROM itineraries WHERE retracted IS NULL').all() as Row[]).map((i) => [i.id, i])) as Existing['itineraries'],
    };
  }

  private apply(plan: Plan) {
    const w = this.writer;
    const changed = <T>(rows: { op: string; value: T }[]) => rows.filter((r) => r.op !== 'unchanged').map((r) => r.value);
    const put = (table: string, key = 'id') => w.prepare(`INSERT INTO ${table} (${key}, record) VALUES (?, ?) ON CONFLICT (${key}) DO UPDATE SET record = excluded.record`);
    const putSource = w.prepare('INSERT INTO sources (id, publisher, record, text) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET publisher = excluded.publisher, record = excluded.record, text = excluded.text');
    const dropParts = w.prepare('DELETE FROM source_parts WHERE source_id = ?');
    for (const { text, ...s } of changed(plan.sources)) {
      putSource.run(s.id, s.publisher, JSON.stringify(s), text);
      dropParts.run(s.id);
    }
    for (const [table, rows] of [['places', plan.places], ['actors', plan.actors], ['areas', plan.areas]] as const) {
      const stmt = put(table);
      for (const r of changed<{ id: string }>(rows)) stmt.run(r.id, JSON.stringify(r));
    }
    const putCountry = put('countries', 'code');
    for (const c of changed(plan.countries)) putCountry.run(c.code, JSON.stringify(c));

    const cite = w.prepare('INSERT OR IGNORE INTO citations (claim, source_id, attribution) VALUES (?, ?, ?)');
    const uncite = w.prepare('DELETE FROM citations WHERE claim = ?');
    // A claim new to the store has no citations yet (a retracted one lost its own): only a rewrite clears them.
    const citeAll = (claim: string, sources: { sourceId: string; attribution?: string }[], fresh = false) => {
      if (!fresh) uncite.run(claim);
      for (const c of sources) cite.run(claim, c.sourceId, c.attribution ?? '');
    };
    const placeAt = w.prepare('SELECT record FROM places WHERE id = ?');
    const points = new Map<string, [number, number]>();
    const pointOf = (placeId: string) => {
      let point = points.get(placeId);
      if (!point) points.set(placeId, (point = (JSON.parse((placeAt.get(placeId) as Row).record) as { coordinates: [number, number] }).coordinates));
      return point;
    };
    const putEvent = w.prepare(
      'INSERT INTO events (id, place_id, date, start_day, end_day, category, record, retracted, lon, lat) VALUES (@id, @place, @date, @start, @end, @category, @record, NULL, @lon, @lat) ' +
        'ON CONFLICT (id) DO UPDATE SET place_id = excluded.place_id, date = excluded.date, start_day = excluded.start_day, end_day = excluded.end_day, category = excluded.category, record = excluded.record, retracted = NULL, lon = excluded.lon, lat = excluded.lat ' +
        'RETURNING n',
    );
    const putBox = w.prepare('INSERT OR REPLACE INTO events_rtree (n, min_lon, max_lon, min_lat, max_lat, min_day, max_day) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const { op, value } of plan.events) {
      if (op === 'unchanged') continue;
      const { dateEnd, ...e } = value;
      const [lon, lat] = pointOf(e.placeId);
      const start = dayNumber(e.date);
      const end = dayNumber(dateEnd);
      const { n } = putEvent.get({ id: e.id, place: e.placeId, date: e.date, start, end, category: e.category, record: JSON.stringify(e), lon, lat }) as { n: number };
      putBox.run(n, lon, lon, lat, lat, start, end);
      citeAll(`event:${e.id}`, e.sources, op === 'insert');
    }
    // A place that moved takes its events' boxes with it.
    const eventsAt = w.prepare('SELECT n, start_day, end_day FROM events WHERE place_id = ?');
    const movePoints = w.prepare('UPDATE events SET lon = ?, lat = ? WHERE place_id = ?');
    for (const p of plan.places.filter((r) => r.op === 'update').map((r) => r.value)) {
      movePoints.run(p.coordinates[0], p.coordinates[1], p.id);
      for (const r of eventsAt.all(p.id) as { n: number; start_day: number; end_day: number }[]) putBox.run(r.n, p.coordinates[0], p.coordinates[0], p.coordinates[1], p.coordinates[1], r.start_day, r.end_day);
    }
    const putPeriod = w.prepare('INSERT INTO control_periods (id, area_id, record, retracted) VALUES (?, ?, ?, NULL) ON CONFLICT (id) DO UPDATE SET area_id = excluded.area_id, record = excluded.record, retracted = NULL');
    for (const p of changed(plan.control)) {
      putPeriod.run(p.id, p.areaId, JSON.stringify(p));
      citeAll(`control:${p.id}`, p.sources);
    }
    const putClaim = (table: string) => w.prepare(`INSERT INTO ${table} (id, record, retracted) VALUES (?, ?, NULL) ON CONFLICT (id) DO UPDATE SET record = excluded.record, retracted = NULL`);
    const putFlow = putClaim('flows');
    for (const f of changed(plan.flows)) {
      putFlow.run(f.id, JSON.stringify(f));
      citeAll(`flow:${f.id}`, f.sources);
    }
    const putTrip = putClaim('itineraries');
    for (const it of changed(plan.itineraries)) putTrip.run(it.id, JSON.stringify(it));

    const tables = { event: 'events', control: 'control_periods', flow: 'flows', itinerary: 'itineraries' } as const;
    for (const r of plan.retract) {
      w.prepare(`UPDATE ${tables[r.kind]} SET retracted = ? WHERE id = ?`).run(JSON.stringify({ reason: r.reason, at: new Date().toISOString() }), r.id);
      uncite.run(`${r.kind}:${r.id}`);
      if (r.kind === 'event') w.prepare('DELETE FROM events_rtree WHERE n = (SELECT n FROM events WHERE id = ?)').run(r.id);
    }
  }

  async revisions(kind: string, id: string) {
    const rows = this.read('SELECT version, at, by, op, record FROM revisions WHERE kind = ? AND id = ? ORDER BY version').all(kind, id) as { version: number; at: string; by: string; op: 'update' | 'retract'; record: string }[];
    return rows.map((r) => ({ ...r, record: JSON.parse(r.record) as unknown }));
  }

  async getMeta(key: string) {
    return (this.read('SELECT value FROM meta WHERE key = ?').get(`x:${key}`) as { value: string } | undefined)?.value ?? null;
  }

  async setMeta(key: string, value: string) {
    this.writer.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(`x:${key}`, value);
  }

  /** The desk's connection: one of its own (its writes are small and never wait behind an import's). */
  desk(): DeskConnection {
    const db = (this.deskDb ??= this.file === ':memory:' ? this.writer : open(this.file));
    return {
      authDatabase: db,
      sql: {
        all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(params) as T[],
        run: async (sql: string, params: unknown[] = []) => db.prepare(sql).run(params).changes,
      },
    };
  }

  watch(onMaybeChanged: () => void) {
    let seen = this.db.pragma('data_version', { simple: true });
    const timer = setInterval(() => {
      try {
        const now = this.db.pragma('data_version', { simple: true });
        if (now !== seen) {
          seen = now;
          onMaybeChanged();
        }
      } catch {
        // A closed database: the next call will say so.
      }
    }, WATCH_MS);
    timer.unref();
    return () => clearInterval(timer);
  }

  async close() {
    if (this.deskDb && this.deskDb !== this.writer) this.deskDb.close();
    this.db.close();
    if (this.writer !== this.db) this.writer.close();
  }
}

function open(file: string, cacheKiB = 32_000) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma(`cache_size = -${cacheKiB}`);
  return db;
}

const marks = (list: unknown[]) => list.map(() => '?').join(',');

/** Runs a query per chunk of ids (SQLite takes at most 32,766 parameters). */
function inChunks<T>(ids: string[], query: (chunk: string[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 5000) out.push(...query(ids.slice(i, i + 5000)));
  return out;
}

/** The span condition on events `e`: its period overlaps [from, to]. A date is at most a year long, which bounds the index range. */
function spanWhere(from?: string, to?: string): { where: string; params: number[] } {
  const clauses: string[] = [];
  const params: number[] = [];
  if (to !== undefined) {
    clauses.push('e.start_day <= ?');
    params.push(dayNumber(to));
  }
  if (from !== undefined) {
    clauses.push('e.start_day >= ?', 'e.end_day >= ?');
    params.push(dayNumber(from) - MAX_PERIOD_DAYS, dayNumber(from));
  }
  return { where: clauses.map((c) => ` AND ${c}`).join(''), params };
}

/** FROM and WHERE for an event filter: through the R*Tree for a box, through the indexes otherwise. */
function eventWhere(f: EventFilter): { from: string; where: string; params: (string | number)[] } {
  const span = spanWhere(f.from, f.to);
  const clauses = ['e.retracted IS NULL'];
  const params: (string | number)[] = [];
  let from = 'events e';
  if (f.place) {
    clauses.push('e.place_id = ?');
    params.push(f.place);
  }
  if (f.bbox) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    // The R*Tree's boxes are rounded outwards: ask it for the boxes touching the box, then check the exact points.
    const lon = minLon <= maxLon ? 'r.max_lon >= ? AND r.min_lon <= ? AND e.lon >= ? AND e.lon <= ?' : '(r.max_lon >= ? OR r.min_lon <= ?) AND (e.lon >= ? OR e.lon <= ?)';
    // CROSS JOIN keeps the R*Tree outermost: left to itself the planner starts from the date index
    // and probes the tree per event (at a million events, a city and 30 days: 37 ms against 1.6 ms).
    from = 'events_rtree r CROSS JOIN events e ON e.n = r.n';
    clauses.push(lon, 'r.max_lat >= ? AND r.min_lat <= ?', 'e.lat >= ? AND e.lat <= ?');
    params.push(minLon, maxLon, minLon, maxLon, minLat, maxLat, minLat, maxLat);
    if (f.to !== undefined) {
      clauses.push('r.min_day <= ?');
      params.push(dayNumber(f.to));
    }
    if (f.from !== undefined) {
      clauses.push('r.max_day >= ?');
      params.push(dayNumber(f.from));
    }
  }
  if (f.category) {
    clauses.push('e.category = ?');
    params.push(f.category);
  }
  return { from, where: clauses.join(' AND ') + span.where, params: [...params, ...span.params] };
}
