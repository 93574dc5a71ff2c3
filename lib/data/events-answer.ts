import { ApiError } from '@/lib/api/api-error';
import { GEOJSON, prepare, type Prepared } from '@/lib/api/prepared';
import type { EventsQuery } from '@/lib/contract/queries';
import { readPool, type ReadPool } from '@/lib/store/read-pool';
import type { Store } from '@/lib/store';
import { queryEvents } from './query-events';

/**
 * The /api/events answer, serialized: made by a read worker when the store has them (the embedded
 * store on a machine of two cores or more), else here. A worker that fails (it died, or cannot
 * open the file) costs its requests nothing: they are answered here, and the failure is logged.
 * A client's error (an unknown place) is the client's, from either.
 */
export async function eventsAnswer(store: Store, query: EventsQuery, url: URL, pool: ReadPool | undefined = readPool(store)): Promise<Prepared> {
  const here = async () => prepare(await queryEvents(store, query, url), GEOJSON);
  if (!pool) return here();
  try {
    return await pool.eventsPage(query, url, store.version);
  } catch (e) {
    if (e instanceof ApiError) throw e;
    console.error(`A read worker could not answer ${url.pathname}${url.search} (${(e as Error).message}); answered on the main thread.`);
    return here();
  }
}
