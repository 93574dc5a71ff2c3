import { notFound } from '@/lib/api/api-error';
import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { eventFeature } from '@/lib/data/features';
import { getDataset } from '@/lib/data/store';
import { noQuery } from '@/lib/schemas/api';

type Context = { params: Promise<{ id: string }> };

/** GET /api/events/{id}: one event as a GeoJSON Feature, or 404. */
export const GET = geoJsonRoute(async (url, { params }: Context) => {
  parseQuery(noQuery, url);
  const { id } = await params;
  const data = getDataset();
  const event = data.eventById.get(id);
  if (!event) throw notFound(`no event has the id "${id}"`, 'id');
  return eventFeature(data, event);
});
