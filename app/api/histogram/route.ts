import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { histogramQuery } from '@/lib/contract/queries';
import { eventHistogram } from '@/lib/data/event-histogram';

/** GET /api/histogram?from=&to=&unit=&place=&category=&bbox=: events per day, week, month or year, each in the bucket of its first day. */
export const GET = geoJsonRoute((url, _context, store) => eventHistogram(store, parseQuery(histogramQuery, url)), 'application/json');

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
