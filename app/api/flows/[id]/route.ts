import { ApiError, notFound } from '@/lib/api/api-error';
import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { flowId, noQuery } from '@/lib/contract/queries';
import { flowDetail } from '@/lib/data/flows';

type Context = { params: Promise<{ id: string }> };

/** GET /api/flows/{id}: one flow as a GeoJSON Feature, each year of its series with its quote and source; 410 with the public reason once retracted, or 404. */
export const GET = geoJsonRoute(async (url, { params }: Context, store) => {
  parseQuery(noQuery, url);
  const { id } = await params;
  const valid = flowId.safeParse(id).success;
  const flow = valid ? flowDetail(await store.situation(), id) : undefined;
  if (flow) return flow;
  // A retracted flow's link keeps its public notice: the day and the reason.
  const retraction = valid ? (await store.revisions('flow', id)).findLast((r) => r.op === 'retract') : undefined;
  if (retraction) throw new ApiError(410, 'retracted', `Retracted on ${retraction.at.slice(0, 10)}: ${(retraction.record as { reason: string }).reason}`, 'id');
  throw notFound(valid ? `no flow has the id "${id}"` : 'no flow has that id', 'id');
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
