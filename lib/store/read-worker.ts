/**
 * A worker thread of the read pool (read-pool.ts): it opens the SQLite file on a connection of its
 * own and answers pages of events, serialized, so that the server's main thread only passes them on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '@/lib/api/api-error';
import { GEOJSON, prepare } from '@/lib/api/prepared';
import { queryEvents } from '@/lib/data/query-events';
import { SqliteBackend } from './sqlite';
import { Store } from './store';
import type { ReadReply, ReadRequest } from './read-pool';

const port = parentPort!;
const { file, cacheKiB, keptSources } = workerData as { file: string; cacheKiB: number; keptSources: number };
const store = new Store(new SqliteBackend(file, { readsOnly: true, cacheKiB }), keptSources);
const opened = store.open();

port.on('message', async ({ id, version, query, url }: ReadRequest) => {
  try {
    await opened;
    // The page asks at the version its process knows: a write it has heard of is read here too.
    if (store.version < version) await store.refresh();
    const prepared = prepare(await queryEvents(store, query, new URL(url)), GEOJSON);
    // The body's bytes move to the main thread rather than being copied, when they have a memory of
    // their own (a small Buffer is a slice of a pool shared with others, which must not move).
    const { buffer, byteOffset, byteLength } = prepared.body;
    const own = byteOffset === 0 && byteLength === buffer.byteLength;
    return port.postMessage({ id, ok: true, prepared } satisfies ReadReply, own ? [buffer as ArrayBuffer] : []);
  } catch (e) {
    const error = e instanceof ApiError ? { status: e.status, code: e.code, message: e.message, param: e.param } : { message: (e as Error)?.message ?? String(e) };
    port.postMessage({ id, ok: false, error } satisfies ReadReply);
  }
});
