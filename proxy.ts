import { NextResponse, type NextRequest } from 'next/server';
import { answerInProcess } from '@/lib/api/in-process';
import { embedAncestors, framingHeaders, isDeskPath } from '@/lib/embed/frame-policy';
import { pickLang } from '@/lib/i18n/messages';
import { contentSecurityPolicy, SECURITY_HEADERS } from '@/lib/security/headers';

// Read at start-up, so EMBED_FRAME_ANCESTORS takes effect on `npm start` without a rebuild.
// A malformed value fails closed: it is logged, and only the app itself may frame /embed.
const ancestors = (() => {
  try {
    return embedAncestors(process.env.EMBED_FRAME_ANCESTORS);
  } catch (e) {
    console.error(`${(e as Error).message}: until it is fixed, only the app itself may frame /embed`);
    return [];
  }
})();
const dev = process.env.NODE_ENV === 'development';

/**
 * Sets the security headers on every response: a CSP whose script nonce is new for each request
 * (Next puts it on its own scripts), the framing rules (/embed for the allowed sites, all else
 * for the app only), nosniff, the referrer and permissions policies.
 */
export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const framing = framingHeaders(request.nextUrl.pathname, ancestors);
  const csp = `${contentSecurityPolicy(nonce, dev)}; ${framing['Content-Security-Policy']}`;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  // The interface language: ?lang=, else the browser's; pages read it to write lang and dir.
  requestHeaders.set('x-lang', pickLang(request.nextUrl.searchParams.get('lang'), request.headers.get('accept-language')));
  // A repeated API request is answered here from the answers the routes keep, as fast as a static
  // file; a new one to a fixed API path by the route's own handler, called here, which spares it
  // Next's route pipeline (about 1.4 ms a request on a 2-core machine: see bench/RESULTS.md).
  const response = (await answerInProcess(request, request.nextUrl)) ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (framing['X-Frame-Options']) response.headers.set('X-Frame-Options', framing['X-Frame-Options']);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  // The desk is for its editors only: never indexed, never kept by a cache.
  if (isDeskPath(request.nextUrl.pathname)) {
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    response.headers.set('Cache-Control', 'no-store');
  }
  // Kept answers are compressed by the route (lib/api/respond.ts): their Vary names Accept-Encoding too.
  response.headers.set('Vary', [...new Set([...(response.headers.get('Vary') ?? '').split(','), 'Accept-Language'].map((v) => v.trim()).filter(Boolean))].join(', '));
  return response;
}

// Not Next's own files, nor the static files public/ holds (STATIC_FILE_SOURCES in
// lib/security/headers.ts, whose headers next.config.ts sets): a literal, as Next reads it at build time.
export const config = { matcher: '/((?!_next/static|_next/image|icon\\.svg$|_embed/|geo/|fonts/|maplibre-gl\\.mjs|maplibre-gl-worker\\.mjs).*)' };
