import { notFound } from '@/lib/api/api-error';
import { errorResponse, CACHE_CONTROL } from '@/lib/api/respond';
import { publishedFeed } from '@/lib/desk/feed';
import { translate } from '@/lib/i18n/messages';
import { mapBySlug } from '@/lib/maps/map-store';
import { getStore } from '@/lib/store';

type Context = { params: Promise<{ slug: string }> };

/** GET /m/{slug}/feed.xml: the Atom feed of the published changes within one map's region, days and layers; 404 (the API's JSON error) for an unknown map. */
export async function GET(request: Request, { params }: Context) {
  try {
    const { slug } = await params;
    const store = await getStore();
    const map = await mapBySlug(store, slug);
    if (!map) throw notFound(`no map called ${slug.slice(0, 80)}`, 'slug');
    const origin = process.env.DESK_URL ?? new URL(request.url).origin;
    const feed = await publishedFeed(store, origin, translate('en', 'appTitle'), map);
    return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': CACHE_CONTROL } });
  } catch (error) {
    return errorResponse(error);
  }
}
