import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { flowFeatures } from '@/lib/data/flows';
import { getDataset } from '@/lib/data/store';
import { noQuery } from '@/lib/schemas/api';

/** GET /api/flows: every flow as a curved LineString with its sourced magnitude and line width. */
export const GET = geoJsonRoute((url) => {
  parseQuery(noQuery, url);
  return flowFeatures(getDataset());
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
