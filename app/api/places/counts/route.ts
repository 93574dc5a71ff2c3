import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { placeCountsQuery } from '@/lib/contract/queries';
import { placeCounts } from '@/lib/data/features';

/** GET /api/places/counts?from=&to=: events per place in a span (only places with any), for the map's counts and clusters. */
export const GET = geoJsonRoute(async (url, _context, store) => {
  const q = parseQuery(placeCountsQuery, url);
  return placeCounts(await store.countByPlace(q.from, q.to), q.from, q.to);
}, 'application/json');

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
