import { notFound } from '@/lib/api/api-error';
import { parseQuery } from '@/lib/api/parse-query';
import { cachedJson, errorResponse } from '@/lib/api/respond';
import { SITE_ORIGIN_VARY, siteOrigin } from '@/lib/embed/site-origin';
import { EMBED_TITLE, MAP_PAGE_PATH } from '@/lib/embed/embed-code';
import { oembedQuery } from '@/lib/contract/queries';
import { oembedFor } from '@/lib/embed/oembed';
import { mapBySlug } from '@/lib/maps/map-store';
import { getStore } from '@/lib/store';

/** The title of the map a URL names: one of the deployment's maps (/m/{slug}, 404 if none), else the default map's. */
async function titleFor(url: string): Promise<string> {
  const slug = URL.canParse(url) ? MAP_PAGE_PATH.exec(new URL(url).pathname)?.[1] : undefined;
  if (!slug) return EMBED_TITLE;
  const map = await mapBySlug(await getStore(), slug);
  if (!map) throw notFound(`url: this site has no map called ${slug}`, 'url');
  return map.title;
}

/** GET /api/oembed?url=&maxwidth=&maxheight=&format=json: oEmbed 1.0 for this site's map URLs. */
export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseQuery(oembedQuery, new URL(request.url));
    const response = cachedJson(request, oembedFor(query, siteOrigin(request.headers, request.url), await titleFor(query.url)), 'application/json+oembed');
    // The answer names the site's address, which (without SITE_URL) comes from these headers.
    response.headers.set('Vary', `Accept-Encoding, ${SITE_ORIGIN_VARY}`);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
