import { notFound } from '@/lib/api/api-error';
import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { flowId, noQuery } from '@/lib/contract/queries';
import { flowDetail } from '@/lib/data/flows';

type Context = { params: Promise<{ id: string }> };

/** GET /api/flows/{id}: one flow as a GeoJSON Feature, each year of its series with its quote and source, or 404. */
export const GET = geoJsonRoute(async (url, { params }: Context, store) => {
  parseQuery(noQuery, url);
  const { id } = await params;
  const valid = flowId.safeParse(id).success;
  const flow = valid ? flowDetail(await store.situation(), id) : undefined;
  if (!flow) throw notFound(valid ? `no flow has the id "${id}"` : 'no flow has that id', 'id');
  return flow;
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
