import { badParam } from '@/lib/api/api-error';
import { parseQuery } from '@/lib/api/parse-query';
import { errorResponse } from '@/lib/api/respond';
import { exportQuery } from '@/lib/contract/queries';
import { exportResponse } from '@/lib/export/export-events';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** GET /api/export?format=geojson|csv|hxl&place=&from=&to=&category=&bbox=: every matching event in one streamed file. */
export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseQuery(exportQuery, new URL(request.url));
    const store = await getStore();
    if (query.place && !(await store.situation()).placeById.has(query.place)) throw badParam('place', `place: no place has the id "${query.place}"`);
    return exportResponse(store, query);
  } catch (error) {
    return errorResponse(error);
  }
}

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
