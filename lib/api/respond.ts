import { API_PREFIX } from '@/lib/contract/paths';
import { StoreUnavailable } from '@/lib/store/backend';
import { getStore, openedStore, type Store } from '@/lib/store';
import { ApiError } from './api-error';
import { GEOJSON, prepare, type Prepared } from './prepared';

/**
 * Caches may keep an answer but must ask again each time (a 304 when it has not changed): the
 * data changes while readers read, and nothing stale may be served after a change.
 */
export const CACHE_CONTROL = 'public, no-cache';

/** How long a client should wait before asking again when the store cannot be reached. */
export const RETRY_AFTER_S = 5;

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((t) => opaque(t) === opaque(etag));
}

/** The response for a prepared answer, or 304 when the client already holds it. */
function respondPrepared(request: Request, { body, etag, contentType }: Prepared): Response {
  const headers = { 'Cache-Control': CACHE_CONTROL, ETag: etag, Vary: 'Accept-Encoding' };
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': `${contentType}; charset=utf-8` } });
}

/** A cacheable JSON answer with an ETag, or 304 when the client already holds it. */
export function cachedJson(request: Request, data: unknown, contentType = 'application/json'): Response {
  return respondPrepared(request, prepare(data, contentType));
}

/**
 * Answers already serialized, by the store's version, path and query: a repeated request costs a
 * map lookup, not a query, a JSON.stringify and a hash, and a write (a new version) makes every
 * kept answer a miss. Least recently used first out, within 500 answers and 16 MB. At a million
 * events a page of 100 is 120 kB, so the bench's warm-up of distinct city queries fills any limit:
 * 64 MB of them was a sixth of an instance's memory, and 32 MB left it at 375-434 MB against the
 * 400 MB goal. 16 MB still holds 130 such pages, and 500 of the small answers a map asks again
 * (places, counts, a place's first page).
 */
export class AnswerCache {
  private readonly entries = new Map<string, Prepared>();
  private bytes = 0;
  constructor(
    private readonly maxEntries = 500,
    private readonly maxBytes = 16 * 1024 * 1024,
  ) {}
  get(key: string): Prepared | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }
  set(key: string, value: Prepared): void {
    if (value.body.length > this.maxBytes / 4) return;
    this.entries.set(key, value);
    this.bytes += value.body.length;
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= old.body.length;
    }
  }
  get size() {
    return this.entries.size;
  }
}

/** The JSON error answer for anything thrown while handling a request. */
export function errorResponse(error: unknown): Response {
  if (error instanceof StoreUnavailable) {
    console.error(error.message);
    const body = { error: { code: 'store_unavailable', message: 'The data cannot be read just now; try again shortly.' } };
    return Response.json(body, { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_S) } });
  }
  const known = error instanceof ApiError ? error : null;
  if (!known) console.error(error);
  const status = known?.status ?? 500;
  const body = known?.toBody() ?? { error: { code: 'internal_error', message: 'The server failed to answer this request.' } };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

const ANSWERS = Symbol.for('situation-map.answers');

/** The process's one cache of API answers, shared by the route handlers and the proxy. */
export function answerCache(): AnswerCache {
  const holder = globalThis as { [ANSWERS]?: AnswerCache };
  holder[ANSWERS] ??= new AnswerCache();
  return holder[ANSWERS];
}

/**
 * A kept answer for a GET, served before any route runs (proxy.ts calls this): a repeated API
 * request then costs what a static file costs. Undefined when there is none.
 */
export function keptAnswer(request: Request, url: URL): Response | undefined {
  const store = openedStore();
  if (!store || request.method !== 'GET' || !url.pathname.startsWith(API_PREFIX)) return undefined;
  const hit = answerCache().get(`${store.version}:${url.pathname}${url.search}`);
  return hit && respondPrepared(request, hit);
}

/**
 * Wraps a route handler body that serializes its own answer (a worker thread may have made it):
 * served with an ETag (304 when the client holds it) and kept for the next identical request;
 * anything it throws becomes a JSON error.
 */
export function preparedRoute<C>(produce: (url: URL, context: C, store: Store) => Prepared | Promise<Prepared>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const store = await getStore();
      const key = `${store.version}:${url.pathname}${url.search}`;
      const cache = answerCache();
      let prepared = cache.get(key);
      if (!prepared) {
        prepared = await produce(url, context, store);
        cache.set(key, prepared);
      }
      return respondPrepared(request, prepared);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Wraps a route handler body: its result is serialized once, then served as `preparedRoute` serves. */
export function geoJsonRoute<C>(produce: (url: URL, context: C, store: Store) => unknown | Promise<unknown>, contentType = GEOJSON) {
  return preparedRoute<C>(async (url, context, store) => prepare(await produce(url, context, store), contentType));
}
