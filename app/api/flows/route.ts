import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { noQuery } from '@/lib/contract/queries';
import { flowFeatures } from '@/lib/data/flows';

/** GET /api/flows: every flow as a curved LineString with its sourced magnitude and line width. */
export const GET = geoJsonRoute(async (url, _context, store) => {
  parseQuery(noQuery, url);
  return flowFeatures(await store.situation());
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
