import { notFound } from '@/lib/api/api-error';
import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { eventId, noQuery } from '@/lib/contract/queries';
import { eventFeature } from '@/lib/data/features';

type Context = { params: Promise<{ id: string }> };

/** GET /api/events/{id}: one event as a GeoJSON Feature, or 404. */
export const GET = geoJsonRoute(async (url, { params }: Context, store) => {
  parseQuery(noQuery, url);
  const { id } = await params;
  const valid = eventId.safeParse(id).success;
  const event = valid ? await store.event(id) : undefined;
  if (!event) throw notFound(valid ? `no event has the id "${id}"` : 'no event has that id', 'id');
  return eventFeature(await store.situation(), event, await store.sources(event.sources.map((c) => c.sourceId)));
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
