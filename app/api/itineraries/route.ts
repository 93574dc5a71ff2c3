import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { itineraryFeatures } from '@/lib/data/itineraries';
import { getDataset } from '@/lib/data/store';
import { noQuery } from '@/lib/schemas/api';

/** GET /api/itineraries: each trip's legs (LineStrings) and numbered, dated stops (Points), with event ids. */
export const GET = geoJsonRoute((url) => {
  parseQuery(noQuery, url);
  return itineraryFeatures(getDataset());
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
