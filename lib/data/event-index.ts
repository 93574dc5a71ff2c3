import KDBush from 'kdbush';
import { addDays, overlaps, periodEnd } from '@/lib/dates/period';
import type { EventRecord } from '@/lib/schemas/event';
import type { PlaceRecord } from '@/lib/schemas/place';

/** Events indexed for the API's queries: places in a k-d tree, each place's events sorted by date. */
export type EventIndex = {
  places: KDBush;
  placeIds: string[];
  /** Every event, sorted by date then id, and each place's events in the same order. */
  all: EventRecord[];
  byPlace: Map<string, EventRecord[]>;
  /** The longest period an event's date stands for, in days (a year: 365). */
  longestPeriodDays: number;
};

export type EventFilter = { place?: string; from?: string; to?: string; category?: string; bbox?: readonly [number, number, number, number] };

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Events in the API's order: by date, then id (code-point order, the same in every locale and fast at a million events). */
export const byDateThenId = (a: EventRecord, b: EventRecord) => order(a.date, b.date) || order(a.id, b.id);

/** Builds the index once per dataset. */
export function buildEventIndex(places: PlaceRecord[], events: EventRecord[]): EventIndex {
  const index = new KDBush(Math.max(1, places.length));
  for (const p of places) index.add(p.coordinates[0], p.coordinates[1]);
  if (places.length === 0) index.add(0, 0);
  index.finish();
  const all = [...events].sort(byDateThenId);
  const byPlace = new Map<string, EventRecord[]>(places.map((p) => [p.id, []]));
  let longestPeriodDays = 0;
  for (const e of all) {
    byPlace.get(e.placeId)?.push(e);
    longestPeriodDays = Math.max(longestPeriodDays, (Date.parse(periodEnd(e.date, e.datePrecision)) - Date.parse(e.date)) / 86_400_000);
  }
  return { places: index, placeIds: places.map((p) => p.id), all, byPlace, longestPeriodDays };
}

/** The first position in a date-sorted list whose date is at least `date`. */
function firstOnOrAfter(events: EventRecord[], date: string): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The slice of a date-sorted list that can overlap [from, to]: binary searches, then the exact overlap test. */
function inSpan(events: EventRecord[], from: string | undefined, to: string | undefined, longest: number): EventRecord[] {
  const start = from === undefined ? 0 : firstOnOrAfter(events, addDays(from, -Math.ceil(longest)));
  const end = to === undefined ? events.length : firstOnOrAfter(events, addDays(to, 1));
  const slice = events.slice(start, end);
  return from === undefined && to === undefined ? slice : slice.filter((e) => overlaps(e.date, periodEnd(e.date, e.datePrecision), from, to));
}

/** The ids of the places inside a bbox (one crossing the antimeridian is searched as two). */
function placesIn(index: EventIndex, [minLon, minLat, maxLon, maxLat]: readonly [number, number, number, number]): string[] {
  const ranges = minLon <= maxLon ? [[minLon, maxLon]] : [[minLon, 180], [-180, maxLon]];
  return ranges.flatMap(([a, b]) => index.places.range(a, minLat, b, maxLat)).filter((i) => i < index.placeIds.length).map((i) => index.placeIds[i]);
}

/** The events matching a filter, sorted by date then id, touching only the places and dates asked for. */
export function findEvents(index: EventIndex, filter: EventFilter): EventRecord[] {
  let candidates: EventRecord[];
  if (filter.place) {
    candidates = index.byPlace.get(filter.place) ?? [];
    if (filter.bbox && !placesIn(index, filter.bbox).includes(filter.place)) candidates = [];
  } else if (filter.bbox) {
    const lists = placesIn(index, filter.bbox).map((id) => inSpan(index.byPlace.get(id) ?? [], filter.from, filter.to, index.longestPeriodDays));
    candidates = lists.length === 1 ? lists[0] : lists.flat().sort(byDateThenId);
    return filter.category ? candidates.filter((e) => e.category === filter.category) : candidates;
  } else {
    candidates = index.all;
  }
  const dated = inSpan(candidates, filter.from, filter.to, index.longestPeriodDays);
  return filter.category ? dated.filter((e) => e.category === filter.category) : dated;
}

/** How many of a place's events overlap [from, to]: two binary searches when only `to` bounds it. */
export function countInSpan(index: EventIndex, placeId: string, from: string | undefined, to: string | undefined): number {
  const events = index.byPlace.get(placeId) ?? [];
  if (from === undefined) return to === undefined ? events.length : firstOnOrAfter(events, addDays(to, 1));
  return inSpan(events, from, to, index.longestPeriodDays).length;
}
