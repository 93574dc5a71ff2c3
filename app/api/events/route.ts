import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { eventsQuery } from '@/lib/contract/queries';
import { queryEvents } from '@/lib/data/query-events';

/** GET /api/events?place=&from=&to=&category=&bbox=&limit=&offset=&order=: one page of matching events, sorted by date. */
export const GET = geoJsonRoute((url, _context, store) => queryEvents(store, parseQuery(eventsQuery, url), url));

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
