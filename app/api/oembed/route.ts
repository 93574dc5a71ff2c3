import { parseQuery } from '@/lib/api/parse-query';
import { cachedJson, errorResponse } from '@/lib/api/respond';
import { siteOrigin } from '@/lib/embed/site-origin';
import { EMBED_TITLE } from '@/lib/embed/embed-code';
import { oembedFor, oembedQuery } from '@/lib/embed/oembed';

/** GET /api/oembed?url=&maxwidth=&maxheight=&format=json: oEmbed 1.0 for this site's map URLs. */
export function GET(request: Request): Response {
  try {
    const url = new URL(request.url);
    return cachedJson(request, oembedFor(parseQuery(oembedQuery, url), siteOrigin(request), EMBED_TITLE), 'application/json+oembed');
  } catch (error) {
    return errorResponse(error);
  }
}

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
