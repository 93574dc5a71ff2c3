import { notFound } from '@/lib/api/api-error';
import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { eventFeature } from '@/lib/data/features';
import { getDataset } from '@/lib/data/store';
import { eventId, noQuery } from '@/lib/schemas/api';

type Context = { params: Promise<{ id: string }> };

/** GET /api/events/{id}: one event as a GeoJSON Feature, or 404. */
export const GET = geoJsonRoute(async (url, { params }: Context) => {
  parseQuery(noQuery, url);
  const { id } = await params;
  const data = getDataset();
  const event = eventId.safeParse(id).success ? data.eventById.get(id) : undefined;
  if (!event) throw notFound(eventId.safeParse(id).success ? `no event has the id "${id}"` : 'no event has that id', 'id');
  return eventFeature(data, event);
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
