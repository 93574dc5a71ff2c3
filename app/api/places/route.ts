import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { placeFeatures } from '@/lib/data/features';
import { getDataset } from '@/lib/data/store';
import { noQuery } from '@/lib/schemas/api';

/** GET /api/places: every place as a GeoJSON Point with its names and event count. */
export const GET = geoJsonRoute((url) => {
  parseQuery(noQuery, url);
  return placeFeatures(getDataset());
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
