import type { FeatureCollection, Point } from 'geojson';
import { badParam } from '@/lib/api/api-error';
import { DEFAULT_EVENTS_LIMIT, type EventsQuery } from '@/lib/schemas/api';
import type { EventRecord } from '@/lib/schemas/event';
import type { Dataset } from './dataset';
import { findEvents } from './event-index';
import { eventFeature, type EventProperties } from './features';

/** One page of matching events, with how many match in all and the address of the next page. */
export type EventPage = FeatureCollection<Point, EventProperties> & { total: number; offset: number; limit: number; next: string | null };

/**
 * The events matching a query, sorted by date (oldest first, or newest with order=desc), one page
 * at a time. An event matches `from`/`to` when the period its date stands for overlaps the span:
 * a "week" event counts for every day of that week. The index finds them without scanning every
 * event (lib/data/event-index.ts), and only the page asked for is turned into features.
 */
export function queryEvents(data: Dataset, q: EventsQuery, url?: URL): EventPage {
  if (q.place && !data.placeById.has(q.place)) throw badParam('place', `place: no place has the id "${q.place}"`);
  const events = findEvents(data.eventIndex, q);
  const limit = q.limit ?? DEFAULT_EVENTS_LIMIT;
  const offset = q.offset ?? 0;
  const total = events.length;
  const picked: EventRecord[] = [];
  for (let i = offset; i < Math.min(total, offset + limit); i++) picked.push(events[q.order === 'desc' ? total - 1 - i : i]);
  let next: string | null = null;
  if (offset + limit < total && url) {
    const params = new URLSearchParams(url.search);
    params.set('offset', String(offset + limit));
    next = `${url.pathname}?${params}`;
  }
  return { type: 'FeatureCollection', total, offset, limit, next, features: picked.map((e) => eventFeature(data, e)) };
}
