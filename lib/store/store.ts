import type { EventRecord } from '@/lib/schemas/event';
import type { SourceRecord } from '@/lib/schemas/source';
import type { ChangeKind, WriteBatch } from './batch';
import type { Backend, Change, EventCursor, EventFilter, EventPaging, PartedOptions, PartedWrite, Versions, WriteOptions, WriteResult } from './backend';
import { histogramOf, type Histogram } from './histogram';
import type { BucketUnit } from '@/lib/dates/buckets';
import { situationOf, snapshotSourceIds, type Situation } from './situation';

/** The first and last day the data speaks of: the timeline's span. */
export type Span = { start: string; end: string };

type Listener = (change: Change) => void;

/** How many answers per kind of question are kept for the current version. */
const KEPT_PER_VERSION = 200;
/** Source records kept between requests (a few hundred bytes each). */
const KEPT_SOURCES = 20_000;

/**
 * The one face of the data that routes and pages call: reads answered by the back end (SQLite or
 * PostgreSQL) and kept per version, writes checked and committed in one transaction, and a
 * notice to subscribers for every committed change, this process's or another's.
 */
export class Store {
  private known: Versions | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly kept = new Map<string, { version: number; value: Promise<unknown> }>();
  private unwatch: (() => void) | undefined;
  private checking: Promise<void> | undefined;
  private sourceCache: { version: number; records: Map<string, SourceRecord> } = { version: -1, records: new Map() };

  constructor(
    readonly backend: Backend,
    /** Source records kept between requests (a few hundred bytes each). */
    private readonly keptSources = KEPT_SOURCES,
  ) {}

  get kind() {
    return this.backend.kind;
  }

  /** The version last seen (0 before the first read): what answer caches and ETags key on. */
  get version(): number {
    return this.known?.version ?? 0;
  }

  /** Reads the versions and starts watching for other processes' writes. */
  async open(): Promise<void> {
    this.known = await this.backend.versions();
    this.unwatch ??= this.backend.watch(() => void this.refresh());
  }

  /** Looks for changes committed since the last look, and tells subscribers of each. */
  refresh(): Promise<void> {
    this.checking ??= (async () => {
      try {
        const before = this.version;
        const now = await this.backend.versions();
        if (now.version === before) return;
        this.known = now;
        const changes = await this.backend.changesSince(before);
        for (const change of changes) for (const l of this.listeners) l(change);
      } catch {
        // Unreachable for now: the next look (or request) tries again.
      } finally {
        this.checking = undefined;
      }
    })();
    return this.checking;
  }

  /** Calls `listener` for every committed change from now on; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many subscribers are listening (open change streams, among others). */
  get subscribers(): number {
    return this.listeners.size;
  }

  /** Changes committed after `version`, oldest first (for a stream resuming from Last-Event-ID). */
  changesSince(version: number): Promise<Change[]> {
    return this.backend.changesSince(version);
  }

  /** An answer kept while the kinds it depends on have not changed. */
  private keep<T>(key: string, kinds: ChangeKind[], make: () => Promise<T>): Promise<T> {
    const version = Math.max(0, ...kinds.map((k) => this.known?.kinds[k] ?? 0));
    const hit = this.kept.get(key);
    if (hit && hit.version === version) return hit.value as Promise<T>;
    const value = make();
    value.catch(() => this.kept.get(key)?.value === value && this.kept.delete(key));
    this.kept.delete(key);
    this.kept.set(key, { version, value });
    if (this.kept.size > KEPT_PER_VERSION * 4) this.kept.delete(this.kept.keys().next().value!);
    return value;
  }

  /** The whole-map records of the current version, indexed. */
  situation(): Promise<Situation> {
    return this.keep('situation', ['places', 'control', 'flows', 'itineraries', 'sources'], async () => {
      const snapshot = await this.backend.snapshot();
      return situationOf(snapshot, await this.backend.sourcesById(snapshotSourceIds(snapshot)));
    });
  }

  /** The first and last day that any event or control change speaks of. */
  span(): Promise<Span> {
    return this.keep('span', ['events', 'control'], async () => {
      const [events, situation] = await Promise.all([this.backend.eventSpan(), this.situation()]);
      const days = [...(events ? [events.start, events.end] : []), ...[...situation.periodsByArea.values()].flat().flatMap((p) => (p.since ? [p.since.date] : []))].sort();
      return days.length ? { start: days[0], end: days.at(-1)! } : { start: new Date().toISOString().slice(0, 10), end: new Date().toISOString().slice(0, 10) };
    });
  }

  /** Live events per place overlapping a span. */
  countByPlace(from?: string, to?: string): Promise<Map<string, number>> {
    return this.keep(`counts:${from ?? ''}:${to ?? ''}`, ['events'], async () => {
      // A span that holds every event's whole period counts them all: the store's running totals
      // answer it without reading the events (the page asks "up to the last day" first).
      const events = from !== undefined || to !== undefined ? await this.backend.eventSpan() : null;
      const whole = !events || ((from === undefined || from <= events.start) && (to === undefined || to >= events.end));
      return whole ? this.backend.countByPlace() : this.backend.countByPlace(from, to);
    });
  }

  /**
   * Events per bucket of `unit` over [from, to], each counted once, in the bucket of its first day
   * (an event of a month counts in the bucket of the 1st); events starting before `from` are not
   * counted. Every bucket is listed, empty ones with 0; `filter`'s own from/to are ignored.
   */
  histogram(filter: Omit<EventFilter, 'from' | 'to'>, unit: BucketUnit, from: string, to: string): Promise<Histogram> {
    const key = `histogram:${unit}:${from}:${to}:${filter.place ?? ''}:${filter.category ?? ''}:${filter.bbox?.join(',') ?? ''}`;
    return this.keep(key, ['events'], async () => histogramOf(await this.backend.countByFirstDay(filter, from, to), unit, from, to));
  }

  async findEvents(filter: EventFilter, paging: EventPaging): Promise<{ total: number; events: EventRecord[] }> {
    const { total, events } = await this.backend.findEvents(filter, paging);
    return { total, events };
  }

  /** A page of events (as findEvents), with the sources its events cite: read with the page when the backend can, else as `sources` reads them. */
  async eventsPage(filter: EventFilter, paging: EventPaging): Promise<{ total: number; events: EventRecord[]; sources: Map<string, SourceRecord> }> {
    const version = this.sourcesVersion();
    const { total, events, sources: read } = await this.backend.findEvents(filter, paging);
    const ids = events.flatMap((e) => e.sources.map((c) => c.sourceId));
    return { total, events, sources: await this.sources(ids, read && { version, records: read }) };
  }

  /**
   * Every live event matching a filter, a page at a time in date-then-id order (a keyset read):
   * an export of a million events holds one page in memory, never the whole.
   */
  async *eventPages(filter: EventFilter, pageSize = 1000): AsyncGenerator<EventRecord[]> {
    let after: EventCursor | null = null;
    for (;;) {
      const page = await this.backend.eventsAfter(filter, after, pageSize);
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
      const last = page.at(-1)!;
      after = { date: last.date, id: last.id };
    }
  }

  async event(id: string): Promise<EventRecord | undefined> {
    return (await this.backend.eventsById([id]))[0];
  }

  eventsById(ids: string[]): Promise<EventRecord[]> {
    return this.backend.eventsById(ids);
  }

  /**
   * Source records by id, as a map: kept while no source changes (each page of events asks for its
   * sources again). `read`: records the caller has already read, and at which sources version it
   * began to read them: used first, and kept unless a source has changed since.
   */
  async sources(ids: string[], read?: { version: number; records: SourceRecord[] }): Promise<Map<string, SourceRecord>> {
    const version = this.sourcesVersion();
    if (this.sourceCache.version !== version) this.sourceCache = { version, records: new Map() };
    const { records } = this.sourceCache;
    const given = new Map(read?.records.map((r) => [r.id, r]));
    if (read?.version === version) {
      for (const [id, r] of given) {
        records.delete(id);
        records.set(id, r);
      }
    }
    // What is kept now goes into the answer now: another request may let it go while this one waits.
    const out = new Map<string, SourceRecord>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const kept = given.get(id) ?? records.get(id);
      if (kept) out.set(id, kept);
      else missing.push(id);
    }
    if (missing.length) {
      for (const s of await this.backend.sourcesById(missing)) {
        records.set(s.id, s);
        out.set(s.id, s);
      }
    }
    // The oldest go first: a dataset's many sources cannot grow it without bound.
    for (const id of records.keys()) {
      if (records.size <= this.keptSources) break;
      records.delete(id);
    }
    return out;
  }

  private sourcesVersion(): number {
    return this.known?.kinds.sources ?? 0;
  }

  /** Every (source, credited outlet) pair a live claim cites, with the source records. */
  citedSources(): Promise<{ cited: { sourceId: string; attribution: string | null }[]; sources: Map<string, SourceRecord> }> {
    return this.keep('cited', ['events', 'control', 'flows', 'sources'], async () => {
      const cited = await this.backend.citedSources();
      return { cited, sources: await this.sources(cited.map((c) => c.sourceId)) };
    });
  }

  /** The earlier states of one claim (what updates replaced, why it was retracted), oldest first. */
  revisions(kind: 'event' | 'control' | 'flow' | 'itinerary', id: string) {
    return this.backend.revisions(kind, id);
  }

  /** Checks and writes a batch in one transaction; subscribers hear of it at once. */
  async write(batch: WriteBatch, options?: WriteOptions): Promise<WriteResult> {
    const result = await this.backend.write(batch, options);
    if (!result.dryRun && result.kinds.length > 0) await this.refresh();
    return result;
  }

  /** Starts a write in parts (a large import): one transaction, one version; subscribers hear of it when it commits. */
  async begin(options?: PartedOptions): Promise<PartedWrite> {
    const parts = await this.backend.begin(options);
    return {
      add: (batch) => parts.add(batch),
      rollback: () => parts.rollback(),
      commit: async () => {
        const result = await parts.commit();
        if (!result.dryRun && result.kinds.length > 0) await this.refresh();
        return result;
      },
    };
  }

  async close(): Promise<void> {
    this.unwatch?.();
    await this.backend.close();
  }
}
