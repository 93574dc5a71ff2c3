import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { noQuery } from '@/lib/contract/queries';
import { situationSummary } from '@/lib/data/situation-summary';

/** GET /api/situation: the data's version, its span (the timeline's) and the credits of every cited publisher. */
export const GET = geoJsonRoute(async (url, _context, store) => {
  parseQuery(noQuery, url);
  return situationSummary(store);
}, 'application/json');

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
