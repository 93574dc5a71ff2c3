// Benchmark baseline only: the app's former in-memory dataset (lib/data/event-index.ts at commit e9a6cea), kept
// for bench/run.mjs to measure against the store. Never imported by the app.
import KDBush from 'kdbush';
import { addDays, periodEnd } from '@/lib/dates/period';
import type { EventRecord } from '@/lib/schemas/event';
import type { PlaceRecord } from '@/lib/schemas/place';

/** Events sorted by date then id, with each one's first and last day alongside (so queries compare strings, never parse dates). */
export type DatedList = { events: EventRecord[]; starts: string[]; ends: string[] };

/** Events indexed for the API's queries: places in a k-d tree, each place's events sorted by date. */
export type EventIndex = {
  places: KDBush;
  placeIds: string[];
  /** Every event, and each place's events, sorted by date then id. */
  allDated: DatedList;
  datedByPlace: Map<string, DatedList>;
  /** The longest period an event's date stands for, in days (a year: 365). */
  longestPeriodDays: number;
};

export type EventFilter = { place?: string; from?: string; to?: string; category?: string; bbox?: readonly [number, number, number, number] };

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Events in the API's order: by date, then id (code-point order, the same in every locale and fast at a million events). */
export const byDateThenId = (a: EventRecord, b: EventRecord) => order(a.date, b.date) || order(a.id, b.id);

const datedList = (events: EventRecord[]): DatedList => ({ events, starts: events.map((e) => e.date), ends: events.map((e) => periodEnd(e.date, e.datePrecision)) });

/** Builds the index once per dataset. */
export function buildEventIndex(places: PlaceRecord[], events: EventRecord[]): EventIndex {
  const index = new KDBush(Math.max(1, places.length));
  for (const p of places) index.add(p.coordinates[0], p.coordinates[1]);
  if (places.length === 0) index.add(0, 0);
  index.finish();
  const all = [...events].sort(byDateThenId);
  const byPlace = new Map<string, EventRecord[]>(places.map((p) => [p.id, []]));
  for (const e of all) byPlace.get(e.placeId)?.push(e);
  const allDated = datedList(all);
  let longestPeriodDays = 0;
  allDated.ends.forEach((end, i) => {
    longestPeriodDays = Math.max(longestPeriodDays, (Date.parse(end) - Date.parse(allDated.starts[i])) / 86_400_000);
  });
  const datedByPlace = new Map([...byPlace].map(([id, list]) => [id, datedList(list)]));
  return { places: index, placeIds: places.map((p) => p.id), allDated, datedByPlace, longestPeriodDays };
}

/** The first position in a sorted list of days that is at least `day`. */
function firstOnOrAfter(days: string[], day: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const EMPTY: DatedList = { events: [], starts: [], ends: [] };

/** The events of a dated list that overlap [from, to]: binary searches on the first days, then the last days compared. */
function inSpan(list: DatedList, from: string | undefined, to: string | undefined, longest: number): EventRecord[] {
  const start = from === undefined ? 0 : firstOnOrAfter(list.starts, addDays(from, -Math.ceil(longest)));
  const end = to === undefined ? list.events.length : firstOnOrAfter(list.starts, addDays(to, 1));
  if (from === undefined) return list.events.slice(start, end);
  const found: EventRecord[] = [];
  for (let i = start; i < end; i++) if (list.ends[i] >= from) found.push(list.events[i]);
  return found;
}

/** The ids of the places inside a bbox (one crossing the antimeridian is searched as two). */
function placesIn(index: EventIndex, [minLon, minLat, maxLon, maxLat]: readonly [number, number, number, number]): string[] {
  const ranges = minLon <= maxLon ? [[minLon, maxLon]] : [[minLon, 180], [-180, maxLon]];
  return ranges.flatMap(([a, b]) => index.places.range(a, minLat, b, maxLat)).filter((i) => i < index.placeIds.length).map((i) => index.placeIds[i]);
}

/** The events matching a filter, sorted by date then id, touching only the places and dates asked for. */
export function findEvents(index: EventIndex, filter: EventFilter): EventRecord[] {
  let found: EventRecord[];
  if (filter.place) {
    const inBox = !filter.bbox || placesIn(index, filter.bbox).includes(filter.place);
    found = inBox ? inSpan(index.datedByPlace.get(filter.place) ?? EMPTY, filter.from, filter.to, index.longestPeriodDays) : [];
  } else if (filter.bbox) {
    const lists = placesIn(index, filter.bbox).map((id) => inSpan(index.datedByPlace.get(id) ?? EMPTY, filter.from, filter.to, index.longestPeriodDays));
    found = lists.length === 1 ? lists[0] : lists.flat().sort(byDateThenId);
  } else {
    found = inSpan(index.allDated, filter.from, filter.to, index.longestPeriodDays);
  }
  return filter.category ? found.filter((e) => e.category === filter.category) : found;
}

/** How many of a place's events overlap [from, to]: two binary searches when only `to` bounds it. */
export function countInSpan(index: EventIndex, placeId: string, from: string | undefined, to: string | undefined): number {
  const list = index.datedByPlace.get(placeId) ?? EMPTY;
  if (from === undefined) return to === undefined ? list.events.length : firstOnOrAfter(list.starts, addDays(to, 1));
  return inSpan(list, from, to, index.longestPeriodDays).length;
}
