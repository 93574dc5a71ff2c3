import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { noQuery } from '@/lib/contract/queries';
import { placeFeatures } from '@/lib/data/features';

/** GET /api/places: every place as a GeoJSON Point with its names and event count. */
export const GET = geoJsonRoute(async (url, _context, store) => {
  parseQuery(noQuery, url);
  return placeFeatures(await store.situation(), await store.countByPlace());
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
