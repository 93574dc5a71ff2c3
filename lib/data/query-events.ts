import type { FeatureCollection, Point } from 'geojson';
import { badParam } from '@/lib/api/api-error';
import { DEFAULT_EVENTS_LIMIT, type EventsQuery } from '@/lib/contract/queries';
import type { Store } from '@/lib/store';
import { eventFeature, type EventProperties } from './features';

/** Events a page leaves out: how many, and why. */
export type Withheld = { count: number; reason: string; sourceIds: string[] };

/** One page of matching events, with how many match in all, the address of the next page, and what it leaves out. */
export type EventPage = FeatureCollection<Point, EventProperties> & { total: number; offset: number; limit: number; next: string | null; withheld?: Withheld };

/** Why a page after the first leaves an event out. */
export const WITHHELD_REASON =
  "The terms of these events' source forbid passing its raw rows on (redistributable: false, as ACLED's): they are shown on the map and on the first page of a listing, with their credit, but left out of later pages, so that the API does not hand the dataset out in bulk.";

/**
 * The events matching a query, sorted by date (oldest first, or newest with order=desc), one page
 * at a time. An event matches `from`/`to` when the period its date stands for overlaps the span:
 * a "week" event counts for every day of that week. Only the page asked for is read and resolved.
 * A page after the first (offset > 0) leaves out events citing a source that is not
 * redistributable, and says how many in `withheld`; `total` still counts them.
 */
export async function queryEvents(store: Store, q: EventsQuery, url?: URL): Promise<EventPage> {
  const situation = await store.situation();
  if (q.place && !situation.placeById.has(q.place)) throw badParam('place', `place: no place has the id "${q.place}"`);
  const limit = q.limit ?? DEFAULT_EVENTS_LIMIT;
  const offset = q.offset ?? 0;
  const { total, events, sources } = await store.eventsPage(q, { limit, offset, order: q.order ?? 'asc' });
  let next: string | null = null;
  if (offset + limit < total && url) {
    const params = new URLSearchParams(url.search);
    params.set('offset', String(offset + limit));
    next = `${url.pathname}?${params}`;
  }
  const closed = (e: { sources: { sourceId: string }[] }) => e.sources.some((c) => sources.get(c.sourceId)?.redistributable === false);
  const left = offset > 0 ? events.filter(closed) : [];
  const shown = left.length ? events.filter((e) => !closed(e)) : events;
  const withheld = left.length
    ? { count: left.length, reason: WITHHELD_REASON, sourceIds: [...new Set(left.flatMap((e) => e.sources.map((c) => c.sourceId)).filter((id) => sources.get(id)?.redistributable === false))].sort() }
    : undefined;
  return { type: 'FeatureCollection', total, offset, limit, next, ...(withheld && { withheld }), features: shown.map((e) => eventFeature(situation, e, sources)) };
}
