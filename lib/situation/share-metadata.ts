import 'server-only';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { siteOrigin } from '@/lib/embed/site-origin';
import { requestLang } from '@/lib/i18n/request-lang';
import { slugId } from '@/lib/schemas/common';
import { getStore } from '@/lib/store';
import { getSituation } from './get-situation';
import { shareText } from './share-text';

/**
 * The description, Open Graph and Twitter card of the main page and of each place's deep link:
 * a shared link shows the title, what the map holds and a picture of the map (GET /preview).
 */
export async function shareMetadata(place: string | string[] | undefined): Promise<Metadata> {
  const [origin, lang, config, store] = [siteOrigin(await headers()), await requestLang(), await getSituation(), await getStore()];
  const [situation, counts] = await Promise.all([store.situation(), store.countByPlace()]);
  const id = typeof place === 'string' && slugId.safeParse(place).success ? place : undefined;
  const record = id === undefined ? undefined : situation.placeById.get(id);
  const { title, description } = shareText(config, lang, record, counts);
  const url = `${origin}/${record ? `?place=${encodeURIComponent(record.id)}` : ''}`;
  const image = { url: `${origin}/preview${record ? `?place=${encodeURIComponent(record.id)}` : ''}`, width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', siteName: 'Situation map', title, description, url, locale: lang === 'ar' ? 'ar' : 'en', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
