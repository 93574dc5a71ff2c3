import { createHash } from 'node:crypto';
import { ApiError } from './api-error';

/** Shared caches may keep a response 5 minutes and serve it stale while revalidating. */
export const CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

// Weak: the server may compress the body, and the validator speaks for its content, not its bytes.
const etagOf = (body: string) => `W/"${createHash('sha1').update(body).digest('base64url')}"`;

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((t) => opaque(t) === opaque(etag));
}

/** A cacheable JSON answer with an ETag, or 304 when the client already holds it. */
export function cachedJson(request: Request, data: unknown, contentType = 'application/json'): Response {
  const body = JSON.stringify(data);
  const etag = etagOf(body);
  const headers = { 'Cache-Control': CACHE_CONTROL, ETag: etag, Vary: 'Accept-Encoding' };
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': `${contentType}; charset=utf-8` } });
}

/** The JSON error answer for anything thrown while handling a request. */
export function errorResponse(error: unknown): Response {
  const known = error instanceof ApiError ? error : null;
  if (!known) console.error(error);
  const status = known?.status ?? 500;
  const body = known?.toBody() ?? { error: { code: 'internal_error', message: 'The server failed to answer this request.' } };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** Wraps a route handler body: its result is served cached, anything it throws as a JSON error. */
export function geoJsonRoute<C>(produce: (url: URL, context: C) => unknown | Promise<unknown>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return cachedJson(request, await produce(new URL(request.url), context), 'application/geo+json');
    } catch (error) {
      return errorResponse(error);
    }
  };
}
