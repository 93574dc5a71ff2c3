import { notFound } from '@/lib/api/api-error';
import { parseQuery } from '@/lib/api/parse-query';
import { errorResponse } from '@/lib/api/respond';
import { previewQuery } from '@/lib/contract/queries';
import { mapPreviewImage } from '@/lib/og/map-preview-image';
import { getSituation } from '@/lib/situation/get-situation';
import { placePreviewText } from '@/lib/situation/share-text';
import { getStore } from '@/lib/store';

/** GET /preview?place=: the PNG a shared link shows (Open Graph, Twitter card), drawn on the server from local data and fonts. */
export async function GET(request: Request): Promise<Response> {
  try {
    const { place: id } = parseQuery(previewQuery, new URL(request.url));
    const store = await getStore();
    const [config, situation, counts] = await Promise.all([getSituation(), store.situation(), store.countByPlace()]);
    const selected = id === undefined ? undefined : situation.placeById.get(id);
    if (id !== undefined && !selected) throw notFound(`place: no place "${id}"`, 'place');
    const text = placePreviewText(config, selected, counts);
    return await mapPreviewImage({ config, places: situation.places, counts, selected, ...text });
  } catch (error) {
    return errorResponse(error);
  }
}
