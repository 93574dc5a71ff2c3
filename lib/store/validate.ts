import type { Polygon } from 'geojson';
import { periodEnd } from '@/lib/dates/period';
import { areaKm2, outlinePolygon } from '@/lib/geo/area-outline';
import type { ActorRecord } from '@/lib/schemas/actor';
import type { AreaRecord, ControlPeriodRecord } from '@/lib/schemas/control';
import type { EventRecord } from '@/lib/schemas/event';
import type { CountryRecord, FlowEnd, FlowRecord, ItineraryRecord } from '@/lib/schemas/movement';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { Citation } from '@/lib/schemas/source';
import { DataError } from '@/lib/data/data-error';
import { PUT_KINDS, type ArchivedSource, type ChangeKind, type Item, type Origin, type PutKind, type Retraction, type WriteBatch } from './batch';

/** An area as stored: its outline drawn and measured. */
export type StoredArea = AreaRecord & { geometry: Polygon; areaKm2: number };
/** A country as stored: with the point its flows start or end at. */
export type StoredCountry = CountryRecord & { anchor: [number, number] };
/** An event as stored: with the last day of the period its date stands for. */
export type StoredEvent = EventRecord & { dateEnd: string };

/** What the store already holds of everything a batch names (by id), read inside the write's transaction. */
export type Existing = {
  sources: Map<string, ArchivedSource>;
  places: Map<string, PlaceRecord>;
  actors: Map<string, ActorRecord>;
  countries: Map<string, CountryRecord>;
  areas: Map<string, AreaRecord>;
  /** Live (not retracted) events. */
  events: Map<string, EventRecord>;
  /** Live control periods: those named by id, and every period of the areas named. */
  control: Map<string, ControlPeriodRecord>;
  flows: Map<string, FlowRecord>;
  /** Every live itinerary (they are few): an event one of them stops at cannot be retracted alone. */
  itineraries: Map<string, ItineraryRecord>;
};

/** The ids a batch refers to or writes, by kind: what the store must look up before checking it. */
export type Needs = { [K in keyof Existing]: Set<string> } & { controlAreas: Set<string> };

const idOf = (kind: PutKind, value: unknown) => (kind === 'countries' ? (value as CountryRecord).code : (value as { id: string }).id);

/** The ids a batch touches and refers to. */
export function needsOf(batch: WriteBatch): Needs {
  const n: Needs = { sources: new Set(), places: new Set(), actors: new Set(), countries: new Set(), areas: new Set(), events: new Set(), control: new Set(), flows: new Set(), itineraries: new Set(), controlAreas: new Set() };
  const cite = (cs: Citation[]) => cs.forEach((c) => n.sources.add(c.sourceId));
  const end = (e: FlowEnd) => ('country' in e ? n.countries.add(e.country) : n.places.add(e.placeId));
  for (const kind of PUT_KINDS) for (const { value } of batch[kind] ?? []) (kind === 'control' ? n.control : n[kind]).add(idOf(kind, value));
  for (const { value: a } of batch.actors ?? []) if (a.memberOf) n.actors.add(a.memberOf);
  for (const { value: a } of batch.areas ?? []) n.places.add(a.placeId);
  for (const { value: e } of batch.events ?? []) {
    n.places.add(e.placeId);
    e.actors.forEach((a) => n.actors.add(a));
    cite(e.sources);
  }
  for (const { value: p } of batch.control ?? []) {
    n.areas.add(p.areaId);
    n.controlAreas.add(p.areaId);
    n.actors.add(p.actor);
    cite(p.sources);
  }
  for (const { value: f } of batch.flows ?? []) {
    end(f.origin);
    end(f.destination);
    cite(f.sources);
    f.series?.forEach((p) => n.sources.add(p.source.sourceId));
  }
  for (const { value: it } of batch.itineraries ?? []) {
    n.actors.add(it.person);
    it.stops.forEach((s) => {
      n.places.add(s.placeId);
      s.eventIds.forEach((id) => n.events.add(id));
    });
  }
  for (const { value: r } of batch.retract ?? []) n[retractedIn[r.kind]].add(r.id);
  return n;
}

const retractedIn = { event: 'events', control: 'control', flow: 'flows', itinerary: 'itineraries' } as const;

/** One record to write: new, changed or the same as stored (then it is not written). */
/** A record to write and what happens to it; an update carries the record it replaces (kept as a revision). */
export type Row<T> = { op: 'insert' | 'update' | 'unchanged'; value: T; previous?: unknown };

/** A checked batch, ready to write. */
export type Plan = {
  sources: Row<ArchivedSource>[];
  places: Row<PlaceRecord>[];
  actors: Row<ActorRecord>[];
  countries: Row<StoredCountry>[];
  areas: Row<StoredArea>[];
  events: Row<StoredEvent>[];
  control: Row<ControlPeriodRecord>[];
  flows: Row<FlowRecord>[];
  itineraries: Row<ItineraryRecord>[];
  /** Live claims to retract (a retraction of something already gone is dropped). */
  retract: Retraction[];
  /** What readers are told changed (empty when the batch changes nothing). */
  kinds: ChangeKind[];
  /** Records by what happens to them. */
  counts: { inserted: number; updated: number; unchanged: number; retracted: number };
};

/** Where a claim kind shows on the map, for the change notices. */
const KIND_OF: Record<PutKind | 'retract', ChangeKind[]> = {
  sources: ['sources'], places: ['places'], actors: ['events', 'control', 'flows', 'itineraries'], countries: ['flows'], areas: ['control'],
  events: ['events', 'places'], control: ['control'], flows: ['flows'], itineraries: ['itineraries'], retract: [],
};
const RETRACT_KIND: Record<Retraction['kind'], ChangeKind[]> = { event: ['events', 'places'], control: ['control'], flow: ['flows'], itinerary: ['itineraries'] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Checks a batch against itself and what the store holds, by the rules `data/` is checked by:
 * every reference exists, every quote stands verbatim in its source's archived text, the date
 * words and credited outlets stand in a quote, control periods of an area follow each other, an
 * itinerary's stops are its person's events at its places in order. Throws a DataError naming the
 * first record at fault; returns what to write.
 */
export function checkBatch(batch: WriteBatch, existing: Existing, anchors: () => Map<string, [number, number]>): Plan {
  const ids = new Map<PutKind, Map<string, Origin>>();
  for (const kind of PUT_KINDS) {
    const seen = new Map<string, Origin>();
    for (const { at, value } of batch[kind] ?? []) {
      const id = idOf(kind, value);
      if (seen.has(id)) throw new DataError(at.file, at.record, `${kind === 'countries' ? 'code' : 'id'} is used twice`);
      seen.set(id, at);
    }
    ids.set(kind, seen);
  }
  const retracting = new Map<string, Item<Retraction>>();
  for (const item of batch.retract ?? []) {
    const key = `${item.value.kind}:${item.value.id}`;
    if (retracting.has(key)) throw new DataError(item.at.file, item.at.record, `${item.value.kind} "${item.value.id}" is retracted twice`);
    if (ids.get(retractedIn[item.value.kind])?.has(item.value.id)) throw new DataError(item.at.file, item.at.record, `${item.value.kind} "${item.value.id}" is both written and retracted`);
    if (!item.value.reason.trim()) throw new DataError(item.at.file, `${item.at.record}.reason`, 'a retraction needs a public reason');
    retracting.set(key, item);
  }
  const gone = (kind: Retraction['kind'], id: string) => retracting.has(`${kind}:${id}`);

  // What the store will hold after the write: the batch's records over the existing ones.
  const merged = <T>(kind: PutKind, have: Map<string, T>) => {
    const m = new Map(have);
    for (const { value } of batch[kind] ?? []) m.set(idOf(kind, value), value as T);
    return m;
  };
  const sources = merged('sources', existing.sources);
  const places = merged('places', existing.places);
  const actors = merged('actors', existing.actors);
  const countries = merged('countries', existing.countries);
  const areas = merged('areas', existing.areas);
  const events = merged('events', existing.events);
  for (const [id] of events) if (gone('event', id)) events.delete(id);

  // Where the last quote was found in each source: an import cites its rows in order, so looking
  // from there first keeps checking a dataset's many quotes against its long archive linear.
  const cursors = new Map<string, number>();
  const quoteIn = (source: ArchivedSource, quote: string) => {
    const from = cursors.get(source.id) ?? 0;
    let at = source.text.indexOf(quote, from);
    if (at < 0 && from > 0) at = source.text.indexOf(quote);
    if (at >= 0) cursors.set(source.id, at);
    return at >= 0;
  };
  const ref = (map: Map<string, unknown>, id: string, at: Origin, field: string, what: string) => {
    if (!map.has(id)) throw new DataError(at.file, `${at.record}${field}`, `${what} "${id}" is not defined`);
  };
  const citations = (cs: Citation[], at: Origin) =>
    cs.forEach((c, j) => {
      const field = `${at.record}.sources[${j}]`;
      const source = sources.get(c.sourceId);
      if (!source) throw new DataError(at.file, `${field}.sourceId`, `source "${c.sourceId}" is not defined`);
      if (!quoteIn(source, c.quote)) throw new DataError(at.file, `${field}.quote`, `quote is not found verbatim in data/sources/${source.file}`);
      if (c.attribution) wordsCited([c], c.attribution, at, `.sources[${j}].attribution`, 'the credited outlet');
    });
  const wordsCited = (cs: Citation[], words: string, at: Origin, field: string, what: string) => {
    if (!cs.some((c) => c.quote.includes(words))) throw new DataError(at.file, `${at.record}${field}`, `${what} "${words}" appear in none of the record's quotes`);
  };

  for (const { at, value: a } of batch.actors ?? []) if (a.memberOf) ref(actors, a.memberOf, at, '.memberOf', 'actor');
  const storedCountries = (batch.countries ?? []).map(({ at, value: c }): StoredCountry => {
    const anchor = anchors().get(c.naturalEarthId);
    if (!anchor) throw new DataError(at.file, `${at.record}.naturalEarthId`, `Natural Earth has no country ${c.naturalEarthId}`);
    return { ...c, anchor };
  });
  const storedAreas = (batch.areas ?? []).map(({ at, value: a }): StoredArea => {
    const place = places.get(a.placeId);
    if (!place) throw new DataError(at.file, `(id "${a.id}").placeId`, `place "${a.placeId}" is not defined`);
    const geometry = outlinePolygon(a.outline, place.coordinates);
    return { ...a, geometry, areaKm2: areaKm2(geometry) };
  });
  const storedEvents = (batch.events ?? []).map(({ at, value: e }): StoredEvent => {
    ref(places, e.placeId, at, '.placeId', 'place');
    e.actors.forEach((a, j) => ref(actors, a, at, `.actors[${j}]`, 'actor'));
    citations(e.sources, at);
    wordsCited(e.sources, e.dateText, at, '.dateText', 'the date words');
    return { ...e, dateEnd: periodEnd(e.date, e.datePrecision, e.dateUntil) };
  });

  for (const { at, value: p } of batch.control ?? []) {
    ref(areas, p.areaId, at, '.areaId', 'area');
    ref(actors, p.actor, at, '.actor', 'actor');
    citations(p.sources, at);
    if (p.since) wordsCited(p.sources, p.since.text, at, '.since.text', 'the date words');
  }
  const control = merged('control', existing.control);
  for (const [id] of control) if (gone('control', id)) control.delete(id);
  checkControlOrder(control, new Set([...(batch.control ?? []).map((i) => i.value.areaId), ...[...retracting.values()].filter((r) => r.value.kind === 'control').map((r) => existing.control.get(r.value.id)?.areaId)]), ids.get('control')!);

  for (const { at, value: f } of batch.flows ?? []) {
    for (const [field, e] of [['origin', f.origin], ['destination', f.destination]] as const) {
      if ('country' in e) ref(countries, e.country, at, `.${field}.country`, 'country');
      else ref(places, e.placeId, at, `.${field}.placeId`, 'place');
    }
    citations(f.sources, at);
    wordsCited(f.sources, f.magnitude.text, at, '.magnitude.text', 'the figure words');
    wordsCited(f.sources, f.asOf.text, at, '.asOf.text', 'the date words');
    const years = new Set<number>();
    f.series?.forEach((p, j) => {
      const field = `${at.record}.series[${j}]`;
      if (years.has(p.year)) throw new DataError(at.file, `${field}.year`, `year ${p.year} is given twice`);
      years.add(p.year);
      const source = sources.get(p.source.sourceId);
      if (!source) throw new DataError(at.file, `${field}.source.sourceId`, `source "${p.source.sourceId}" is not defined`);
      if (!quoteIn(source, p.source.quote)) throw new DataError(at.file, `${field}.source.quote`, `quote is not found verbatim in data/sources/${source.file}`);
      if (!p.source.quote.includes(p.text)) throw new DataError(at.file, `${field}.text`, `the figure words "${p.text}" appear in none of the record's quotes`);
    });
  }

  const itineraries = merged('itineraries', existing.itineraries);
  for (const [id] of itineraries) if (gone('itinerary', id)) itineraries.delete(id);
  for (const { at, value: it } of batch.itineraries ?? []) checkItinerary(it, at, { places, actors, events });
  // An itinerary that stays must still find every event it stops at.
  for (const [id, it] of itineraries) {
    if (ids.get('itineraries')!.has(id)) continue;
    for (const stop of it.stops) {
      for (const eventId of stop.eventIds) {
        const r = retracting.get(`event:${eventId}`);
        if (r) throw new DataError(r.at.file, r.at.record, `event "${eventId}" is a stop of itinerary "${id}": retract or change the itinerary with it`);
      }
    }
  }
  // An itinerary that stays is checked again when an event it stops at changes.
  for (const { at, value: e } of batch.events ?? []) {
    for (const [id, it] of itineraries) {
      if (!ids.get('itineraries')!.has(id) && it.stops.some((s) => s.eventIds.includes(e.id))) checkItinerary(it, { file: at.file, record: `${at.record}, a stop of itinerary "${id}",` }, { places, actors, events });
    }
  }

  const rows = <T, S>(kind: PutKind, stored: S[] | undefined, have: Map<string, T>): Row<S>[] =>
    (batch[kind] ?? []).map(({ value }, i) => {
      const old = have.get(idOf(kind, value));
      // Areas and countries are kept with what is computed from them (outline, anchor): compare that form.
      const kept = stored && (kind === 'areas' || kind === 'countries') ? stored[i] : value;
      const op = old === undefined ? 'insert' : same(old, kept) ? 'unchanged' : 'update';
      return { op, value: stored ? stored[i] : (value as unknown as S), ...(op === 'update' ? { previous: old } : {}) };
    });
  const liveRetractions = [...retracting.values()].map((r) => r.value).filter((r) => (existing[retractedIn[r.kind]] as Map<string, unknown>).has(r.id));
  const plan: Plan = {
    sources: rows('sources', undefined, existing.sources),
    places: rows('places', undefined, existing.places),
    actors: rows('actors', undefined, existing.actors),
    countries: rows('countries', storedCountries, existing.countries),
    areas: rows('areas', storedAreas, existing.areas),
    events: rows('events', storedEvents, existing.events),
    control: rows('control', undefined, existing.control),
    flows: rows('flows', undefined, existing.flows),
    itineraries: rows('itineraries', undefined, existing.itineraries),
    retract: liveRetractions,
    kinds: [],
    counts: { inserted: 0, updated: 0, unchanged: 0, retracted: liveRetractions.length },
  };
  return tally(plan);
}

/** Counts a plan's records by what happens to them, and names the kinds readers are told changed. */
export function tally(plan: Plan): Plan {
  const kinds = new Set<ChangeKind>();
  plan.counts = { inserted: 0, updated: 0, unchanged: 0, retracted: plan.retract.length };
  for (const kind of PUT_KINDS) {
    for (const row of plan[kind] as Row<unknown>[]) {
      plan.counts[row.op === 'insert' ? 'inserted' : row.op === 'update' ? 'updated' : 'unchanged']++;
      if (row.op !== 'unchanged') KIND_OF[kind].forEach((k) => kinds.add(k));
    }
  }
  for (const r of plan.retract) RETRACT_KIND[r.kind].forEach((k) => kinds.add(k));
  plan.kinds = [...kinds].sort();
  return plan;
}

/** An area's periods follow each other: only its first may leave out `since`, and no two start on one day. */
function checkControlOrder(control: Map<string, ControlPeriodRecord>, areaIds: Set<string | undefined>, written: Map<string, Origin>) {
  for (const areaId of areaIds) {
    if (!areaId) continue;
    const ordered = [...control.values()].filter((p) => p.areaId === areaId).sort((a, b) => (a.since?.date ?? '').localeCompare(b.since?.date ?? ''));
    ordered.forEach((p, i) => {
      const previous = ordered[i - 1];
      if (i > 0 && (!p.since || p.since.date === previous.since?.date)) {
        const at = written.get(p.id) ?? written.get(previous.id) ?? { file: 'the store', record: '' };
        throw new DataError(at.file, `(id "${p.id}").since`, `area "${areaId}" has two periods starting ${p.since?.date ?? 'at an unknown date'}; only its first may omit since`);
      }
    });
  }
}

/** A trip's stops are its person's events at its places, each stop's first event its arrival, reached in order. */
function checkItinerary(it: ItineraryRecord, at: Origin, refs: { places: Map<string, unknown>; actors: Map<string, unknown>; events: Map<string, EventRecord> }) {
  const fail = (field: string, reason: string) => {
    throw new DataError(at.file, `${at.record}${field}`, reason);
  };
  if (!refs.actors.has(it.person)) fail('.person', `actor "${it.person}" is not defined`);
  it.stops.forEach((stop, j) => {
    const field = `.stops[${j}]`;
    if (!refs.places.has(stop.placeId)) fail(`${field}.placeId`, `place "${stop.placeId}" is not defined`);
    if (j > 0 && it.stops[j - 1].placeId === stop.placeId) fail(field, 'a stop repeats the place of the stop before it');
    stop.eventIds.forEach((id, k) => {
      const event = refs.events.get(id);
      if (!event) return fail(`${field}.eventIds[${k}]`, `event "${id}" is not defined`);
      if (event.placeId !== stop.placeId) fail(`${field}.eventIds[${k}]`, `event "${id}" is at ${event.placeId}, not at the stop's place ${stop.placeId}`);
      if (!event.actors.includes(it.person)) fail(`${field}.eventIds[${k}]`, `event "${id}" does not name ${it.person} among its actors`);
      if (k > 0 && event.date < refs.events.get(stop.eventIds[0])!.date) fail(`${field}.eventIds[${k}]`, 'the first event of a stop is its arrival: no event there may be earlier');
    });
    const arrival = refs.events.get(stop.eventIds[0])!.date;
    const previous = j > 0 ? refs.events.get(it.stops[j - 1].eventIds[0])!.date : arrival;
    if (arrival < previous) fail(field, 'stops must be in the order they were reached');
  });
}

/** A claim's earlier state, kept when a write replaces or retracts it. */
export type RevisionRow = { kind: 'event' | 'control' | 'flow' | 'itinerary'; id: string; op: 'update' | 'retract'; record: string };

/** The revisions a plan makes: each claim it updates (the record it replaces) and each it retracts (the reason). */
export function revisionsOf(plan: Plan): RevisionRow[] {
  const out: RevisionRow[] = [];
  const kinds = [['event', plan.events], ['control', plan.control], ['flow', plan.flows], ['itinerary', plan.itineraries]] as const;
  for (const [kind, rows] of kinds) {
    for (const row of rows as Row<{ id: string }>[]) if (row.op === 'update') out.push({ kind, id: row.value.id, op: 'update', record: JSON.stringify(row.previous) });
  }
  for (const r of plan.retract) out.push({ kind: r.kind, id: r.id, op: 'retract', record: JSON.stringify({ reason: r.reason }) });
  return out;
}
