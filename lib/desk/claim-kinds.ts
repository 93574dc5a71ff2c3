import 'server-only';
import { z } from 'zod';
import { controlPeriodRecord, type ControlPeriodRecord } from '@/lib/schemas/control';
import { eventRecord, type EventRecord } from '@/lib/schemas/event';
import { flowRecord, itineraryRecord, type FlowRecord, type ItineraryRecord } from '@/lib/schemas/movement';
import type { Store } from '@/lib/store';
import type { PutKind, Retractable } from '@/lib/store/batch';
import type { Situation } from '@/lib/store/situation';
import type { DraftKind } from './draft-kinds';

/** A claim the desk edits: an event, a control period, a flow, or an itinerary (whose legs join its stops). */
export type Claim = EventRecord | ControlPeriodRecord | FlowRecord | ItineraryRecord;

/** How the desk handles one kind of claim: one entry per kind, read by one workflow (lib/desk/claims.ts). */
type KindSpec = {
  /** The record's schema. */
  schema: z.ZodType<Claim>;
  /** Where a batch puts it, and what a retraction calls it. */
  put: Extract<PutKind, 'events' | 'control' | 'flows' | 'itineraries'>;
  retract: Retractable;
  /** The live (published, not retracted) record, if any. */
  live: (store: Store, id: string) => Promise<Claim | undefined>;
  /** The places the record stands at or joins: a new place drafted with it must be one of them. */
  placeIds: (record: Claim) => string[];
  /** A line for the desk's lists (naming what it refers to by `name`, ids when not given), and the claim's date if it has one. */
  title: (record: Claim, name?: (id: string) => string) => string;
  date: (record: Claim) => string | undefined;
};

const flowEnds = (f: FlowRecord) => [f.origin, f.destination].flatMap((e) => ('placeId' in e ? [e.placeId] : []));

/** The desk's kinds of claims. */
export const KINDS: Record<DraftKind, KindSpec> = {
  event: {
    schema: eventRecord,
    put: 'events',
    retract: 'event',
    live: (store, id) => store.event(id),
    placeIds: (r) => [(r as EventRecord).placeId],
    title: (r) => (r as EventRecord).title,
    date: (r) => (r as EventRecord).date,
  },
  control: {
    schema: controlPeriodRecord,
    put: 'control',
    retract: 'control',
    live: async (store, id) => {
      const found = [...(await store.situation()).periodsByArea.values()].flat().find((p) => p.id === id);
      if (!found) return undefined;
      const { until: _until, ...record } = found;
      return record;
    },
    placeIds: () => [],
    title: (r, name = (id) => id) => {
      const p = r as ControlPeriodRecord;
      return `${name(p.areaId)}: ${p.status} by ${name(p.actor)}`;
    },
    date: (r) => (r as ControlPeriodRecord).since?.date,
  },
  flow: {
    schema: flowRecord,
    put: 'flows',
    retract: 'flow',
    live: async (store, id) => (await store.situation()).flows.find((f) => f.id === id),
    placeIds: (r) => flowEnds(r as FlowRecord),
    title: (r) => (r as FlowRecord).label,
    date: (r) => (r as FlowRecord).asOf.date,
  },
  leg: {
    schema: itineraryRecord,
    put: 'itineraries',
    retract: 'itinerary',
    live: async (store, id) => (await store.situation()).itineraries.find((it) => it.id === id),
    placeIds: (r) => (r as ItineraryRecord).stops.map((s) => s.placeId),
    title: (r) => (r as ItineraryRecord).title,
    date: () => undefined,
  },
};

/** The name of a place, actor, area or country of the map by its id (the id when it has none). */
export const nameIn = (s: Situation) => (id: string) => (s.placeById.get(id) ?? s.actorById.get(id) ?? s.areaById.get(id) ?? s.countryByCode.get(id))?.name ?? id;
