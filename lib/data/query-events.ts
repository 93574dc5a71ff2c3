import type { FeatureCollection, Point } from 'geojson';
import { badParam } from '@/lib/api/api-error';
import { DEFAULT_EVENTS_LIMIT, type EventsQuery } from '@/lib/contract/queries';
import type { Store } from '@/lib/store';
import { eventFeature, type EventProperties } from './features';

/** One page of matching events, with how many match in all and the address of the next page. */
export type EventPage = FeatureCollection<Point, EventProperties> & { total: number; offset: number; limit: number; next: string | null };

/**
 * The events matching a query, sorted by date (oldest first, or newest with order=desc), one page
 * at a time. An event matches `from`/`to` when the period its date stands for overlaps the span:
 * a "week" event counts for every day of that week. Only the page asked for is read and resolved.
 */
export async function queryEvents(store: Store, q: EventsQuery, url?: URL): Promise<EventPage> {
  const situation = await store.situation();
  if (q.place && !situation.placeById.has(q.place)) throw badParam('place', `place: no place has the id "${q.place}"`);
  const limit = q.limit ?? DEFAULT_EVENTS_LIMIT;
  const offset = q.offset ?? 0;
  const { total, events } = await store.findEvents(q, { limit, offset, order: q.order ?? 'asc' });
  const sources = await store.sources(events.flatMap((e) => e.sources.map((c) => c.sourceId)));
  let next: string | null = null;
  if (offset + limit < total && url) {
    const params = new URLSearchParams(url.search);
    params.set('offset', String(offset + limit));
    next = `${url.pathname}?${params}`;
  }
  return { type: 'FeatureCollection', total, offset, limit, next, features: events.map((e) => eventFeature(situation, e, sources)) };
}
