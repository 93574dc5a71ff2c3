import { preparedRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { eventsQuery } from '@/lib/contract/queries';
import { eventsAnswer } from '@/lib/data/events-answer';

/**
 * GET /api/events?place=&from=&to=&category=&bbox=&limit=&offset=&order=: one page of matching
 * events, sorted by date; on the embedded store, read and serialized by a worker thread (lib/store/read-pool.ts).
 */
export const GET = preparedRoute((url, _context, store) => eventsAnswer(store, parseQuery(eventsQuery, url), url));

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
