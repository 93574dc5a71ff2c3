import { parseQuery } from '@/lib/api/parse-query';
import { cachedJson, errorResponse } from '@/lib/api/respond';
import { SITE_ORIGIN_VARY, siteOrigin } from '@/lib/embed/site-origin';
import { EMBED_TITLE } from '@/lib/embed/embed-code';
import { oembedQuery } from '@/lib/contract/queries';
import { oembedFor } from '@/lib/embed/oembed';

/** GET /api/oembed?url=&maxwidth=&maxheight=&format=json: oEmbed 1.0 for this site's map URLs. */
export function GET(request: Request): Response {
  try {
    const url = new URL(request.url);
    const response = cachedJson(request, oembedFor(parseQuery(oembedQuery, url), siteOrigin(request.headers, request.url), EMBED_TITLE), 'application/json+oembed');
    // The answer names the site's address, which (without SITE_URL) comes from these headers.
    response.headers.set('Vary', `Accept-Encoding, ${SITE_ORIGIN_VARY}`);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
