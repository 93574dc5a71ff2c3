import type { ActorRecord } from '@/lib/schemas/actor';
import type { ControlPeriodRecord } from '@/lib/schemas/control';
import type { EventCategory, EventRecord } from '@/lib/schemas/event';
import type { FlowRecord, ItineraryRecord } from '@/lib/schemas/movement';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { SourceRecord } from '@/lib/schemas/source';
import type { ChangeKind, WriteBatch } from './batch';
import type { DeskConnection } from './desk-sql';
import type { StoredArea, StoredCountry } from './validate';

/** An event query: by place, bounding box, category and the span its period overlaps. */
export type EventFilter = {
  place?: string;
  from?: string;
  to?: string;
  category?: EventCategory;
  /** [minLon, minLat, maxLon, maxLat]; minLon > maxLon crosses the antimeridian. */
  bbox?: readonly [number, number, number, number];
};
export type EventPaging = { limit: number; offset: number; order: 'asc' | 'desc' };
/** Where a keyset read stopped: the last event read, by the date-then-id order. */
export type EventCursor = { date: string; id: string };

/** One committed write: the version it made and the kinds of things it changed. */
export type Change = { version: number; kinds: ChangeKind[]; at: string };

/** The store's version, and the last version at which each kind changed. */
export type Versions = { version: number; kinds: Record<ChangeKind, number> };

/** The small, whole-map records (places, actors, areas, control, flows, trips): read together, kept per version. */
export type Snapshot = {
  places: PlaceRecord[];
  actors: ActorRecord[];
  countries: StoredCountry[];
  areas: StoredArea[];
  /** Live control periods. */
  control: ControlPeriodRecord[];
  flows: FlowRecord[];
  itineraries: ItineraryRecord[];
};

/** What a write did, or (dry run) would do. */
export type WriteResult = {
  /** The store's version after the write (unchanged when nothing changed or on a dry run). */
  version: number;
  kinds: ChangeKind[];
  counts: { inserted: number; updated: number; unchanged: number; retracted: number };
  dryRun: boolean;
};

/** A claim's earlier state: the record a write replaced, or the reason it was retracted; oldest first. */
export type Revision = { version: number; at: string; by: string; op: 'update' | 'retract'; record: unknown };

export type WriteOptions = { dryRun?: boolean; /** Who or what wrote it, kept with the change. */ by?: string };

/** A write in parts: `source` names a source whose archived text arrives in parts, one with each batch that carries it. */
export type PartedOptions = WriteOptions & { source?: string };

/** What a write in parts did: a write's result, and its events by what happened to them. */
export type PartedResult = WriteResult & { events: { inserted: number; updated: number; unchanged: number } };

/**
 * One write made of many batches, one transaction: each batch is checked against the store as the
 * batches before it left it, and written, so that a dataset of any size is never held whole. The
 * parts are seen by readers all at once, at one version, when committed; a rollback, a failed
 * part or a killed process leaves the store as it was.
 */
export interface PartedWrite {
  /** Checks and writes the next part; throws a DataError naming its record at fault (then only rollback is left). */
  add(batch: WriteBatch): Promise<void>;
  /** Commits every part as one version (a dry run rolls them back and says what they would have done). */
  commit(): Promise<PartedResult>;
  rollback(): Promise<void>;
}

/** A page of events, how many match, and perhaps the sources the page's events cite (Backend.findEvents). */
export type EventsFound = { total: number; events: EventRecord[]; sources?: SourceRecord[] };

/**
 * A database behind the store: SQLite (embedded) or PostgreSQL. Each answers the same questions
 * with its own SQL; everything else (checks, features, caches, notices) is shared (lib/store/store.ts).
 */
export interface Backend {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates the schema or brings it up to date. */
  migrate(): Promise<void>;
  versions(): Promise<Versions>;
  /** Committed changes after `version`, oldest first. */
  changesSince(version: number): Promise<Change[]>;
  snapshot(): Promise<Snapshot>;
  /**
   * Live events matching a filter, one page of them in date-then-id order, and how many match; and
   * it may give the sources the page's events cite, when it reads them with the page at little cost
   * (PostgreSQL: in the same statement, one round trip), which the store then need not ask for.
   */
  findEvents(filter: EventFilter, paging: EventPaging): Promise<EventsFound>;
  /**
   * Live events matching a filter after a cursor (from the first when null), at most `limit` of
   * them in date-then-id order: a keyset read, as fast for the millionth event as for the first.
   */
  eventsAfter(filter: EventFilter, after: EventCursor | null, limit: number): Promise<EventRecord[]>;
  /** Live events per place overlapping [from, to] (either end open), for places with any. */
  countByPlace(from?: string, to?: string): Promise<Map<string, number>>;
  /**
   * Live events matching a filter (its from/to ignored) whose first day is in [first, last], counted
   * per first day: what the timeline's histogram is made of. Days without events are left out.
   */
  countByFirstDay(filter: EventFilter, first: string, last: string): Promise<{ day: string; count: number }[]>;
  /** The first day and the last day any live event covers; null without events. */
  eventSpan(): Promise<{ start: string; end: string } | null>;
  /** Live events by id (missing ones are left out). */
  eventsById(ids: string[]): Promise<EventRecord[]>;
  /** Source records by id, without their texts. */
  sourcesById(ids: string[]): Promise<SourceRecord[]>;
  /**
   * What live claims cite, for the credits: one row per publisher, credited outlet and licence,
   * naming the first (lowest id) source of that group. Read from a tally the writes keep, never
   * by scanning the citations.
   */
  citedSources(): Promise<{ sourceId: string; attribution: string | null }[]>;
  /** The earlier states of one claim (updates and retractions), oldest first. */
  revisions(kind: 'event' | 'control' | 'flow' | 'itinerary', id: string): Promise<Revision[]>;
  /** Checks and writes a batch in one transaction (lib/store/validate.ts), bumping the version if anything changed. */
  write(batch: WriteBatch, options?: WriteOptions): Promise<WriteResult>;
  /** Starts a write in parts, holding the store's write lock until it is committed or rolled back. */
  begin(options?: PartedOptions): Promise<PartedWrite>;
  /** A value the store keeps about itself (such as which data folder it was seeded from). */
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
  /** The connection the editors' desk keeps its users, sessions, drafts and audit log on (lib/desk/). */
  desk(): DeskConnection;
  /** Calls back (soon) when another process may have written; returns the unsubscribe. */
  watch(onMaybeChanged: () => void): () => void;
  close(): Promise<void>;
}

/** A store that cannot be reached (503 to clients, who should retry). */
export class StoreUnavailable extends Error {
  constructor(cause: unknown) {
    super(`the data store cannot be reached: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'StoreUnavailable';
  }
}
