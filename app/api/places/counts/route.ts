import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { placeCounts } from '@/lib/data/features';
import { getDataset } from '@/lib/data/store';
import { placeCountsQuery } from '@/lib/schemas/api';

/** GET /api/places/counts?from=&to=: events per place in a span (only places with any), for the map's counts and clusters. */
export const GET = geoJsonRoute((url) => {
  const q = parseQuery(placeCountsQuery, url);
  return placeCounts(getDataset(), q.from, q.to);
}, 'application/json');

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
