import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { queryEvents } from '@/lib/data/query-events';
import { getDataset } from '@/lib/data/store';
import { eventsQuery } from '@/lib/schemas/api';

/** GET /api/events?place=&from=&to=&category=&bbox=&limit=&offset=&order=: one page of matching events, sorted by date. */
export const GET = geoJsonRoute((url) => queryEvents(getDataset(), parseQuery(eventsQuery, url), url));

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
