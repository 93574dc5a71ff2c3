import type { ActorRecord } from '@/lib/schemas/actor';
import type { AreaRecord, ControlPeriodRecord } from '@/lib/schemas/control';
import type { EventRecord } from '@/lib/schemas/event';
import type { CountryRecord, FlowRecord, ItineraryRecord } from '@/lib/schemas/movement';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { SourceRecord } from '@/lib/schemas/source';

/** Where a record to write came from, for error messages: `data/events.json`, `[3] (id "x")`. */
export type Origin = { file: string; record: string };

/** One record to write, with where it came from. */
export type Item<T> = { at: Origin; value: T };

/** A source with its archived text: the evidence its quotes are checked against. */
export type ArchivedSource = SourceRecord & { text: string };

/** The kinds of claims a write can retract. */
export const RETRACTABLE = ['event', 'control', 'flow', 'itinerary'] as const;
export type Retractable = (typeof RETRACTABLE)[number];
export type Retraction = { kind: Retractable; id: string; reason: string };

/**
 * Records to put (insert or replace by id) and claims to retract, written in one transaction:
 * all of it or, if any record fails the checks, none of it.
 */
export type WriteBatch = {
  sources?: Item<ArchivedSource>[];
  places?: Item<PlaceRecord>[];
  actors?: Item<ActorRecord>[];
  countries?: Item<CountryRecord>[];
  areas?: Item<AreaRecord>[];
  events?: Item<EventRecord>[];
  control?: Item<ControlPeriodRecord>[];
  flows?: Item<FlowRecord>[];
  itineraries?: Item<ItineraryRecord>[];
  retract?: Item<Retraction>[];
};

/** The record kinds a batch can put, in the order they are checked and written (referenced before referencing). */
export const PUT_KINDS = ['sources', 'places', 'actors', 'countries', 'areas', 'events', 'control', 'flows', 'itineraries'] as const;
export type PutKind = (typeof PUT_KINDS)[number];

/** What readers are told changed: the API resources a write touched. */
export const CHANGE_KINDS = ['sources', 'places', 'events', 'control', 'flows', 'itineraries', 'situation'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Labels record i of a file as the data check names it: `[i] (id "x")`. */
export const itemAt = (file: string, index: number, id: string): Origin => ({ file, record: `[${index}] (id "${id}")` });

/** Wraps a file's records as batch items labelled by file and index. */
export const itemsOf = <T extends { id?: string; code?: string }>(file: string, records: T[]): Item<T>[] =>
  records.map((value, i) => ({ at: { file, record: `[${i}] (${value.id !== undefined ? 'id' : 'code'} "${value.id ?? value.code}")` }, value }));

/** How many records a batch holds. */
export const batchSize = (batch: WriteBatch) => [...PUT_KINDS, 'retract' as const].reduce((n, k) => n + (batch[k]?.length ?? 0), 0);
