import type { FeatureCollection, Point } from 'geojson';
import { badParam } from '@/lib/api/api-error';
import type { EventsQuery } from '@/lib/schemas/api';
import type { Dataset } from './dataset';
import { findEvents } from './event-index';
import { eventFeature, type EventProperties } from './features';

/**
 * The events matching a query, sorted by date. An event matches `from`/`to` when the period its
 * date stands for overlaps the span: a "week" event counts for every day of that week. The index
 * finds them without scanning every event (lib/data/event-index.ts).
 */
export function queryEvents(data: Dataset, q: EventsQuery): FeatureCollection<Point, EventProperties> {
  if (q.place && !data.placeById.has(q.place)) throw badParam('place', `place: no place has the id "${q.place}"`);
  const events = findEvents(data.eventIndex, q);
  return { type: 'FeatureCollection', features: events.map((e) => eventFeature(data, e)) };
}
