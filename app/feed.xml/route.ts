import { errorResponse, CACHE_CONTROL } from '@/lib/api/respond';
import { publishedFeed } from '@/lib/desk/feed';
import { translate } from '@/lib/i18n/messages';
import { getStore } from '@/lib/store';

/** GET /feed.xml: an Atom feed of the events the desk published, corrected and retracted, for newsrooms that follow the map. */
export async function GET(request: Request) {
  try {
    const origin = process.env.DESK_URL ?? new URL(request.url).origin;
    const feed = await publishedFeed(await getStore(), origin, translate('en', 'appTitle'));
    return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': CACHE_CONTROL } });
  } catch (error) {
    return errorResponse(error);
  }
}
