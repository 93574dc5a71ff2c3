import type { FeatureCollection, Point } from 'geojson';
import { badParam } from '@/lib/api/api-error';
import { overlaps, periodEnd } from '@/lib/dates/period';
import { inBbox } from '@/lib/geo/in-bbox';
import type { EventsQuery } from '@/lib/schemas/api';
import type { Dataset } from './dataset';
import { eventFeature, type EventProperties } from './features';

/**
 * The events matching a query, sorted by date. An event matches `from`/`to` when the period its
 * date stands for overlaps the span: a "week" event counts for every day of that week.
 */
export function queryEvents(data: Dataset, q: EventsQuery): FeatureCollection<Point, EventProperties> {
  if (q.place && !data.placeById.has(q.place)) throw badParam('place', `place: no place has the id "${q.place}"`);
  const events = data.events.filter((e) => {
    if (q.place && e.placeId !== q.place) return false;
    if (q.category && e.category !== q.category) return false;
    if (!overlaps(e.date, periodEnd(e.date, e.datePrecision), q.from, q.to)) return false;
    return !q.bbox || inBbox(data.placeById.get(e.placeId)!.coordinates, q.bbox);
  });
  return { type: 'FeatureCollection', features: events.map((e) => eventFeature(data, e)) };
}
