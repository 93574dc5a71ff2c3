import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { oembedUrl } from '@/lib/contract/paths';
import { EMBED_TITLE } from './embed-code';
import { siteOrigin } from './site-origin';

type SearchParams = Record<string, string | string[] | undefined>;

/** The oEmbed discovery link of a page: where a consumer asks for its embed code. */
export function oembedLink(origin: string, pathname: string, searchParams: SearchParams, title: string = EMBED_TITLE) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(searchParams)) if (typeof v === 'string') query.set(k, v);
  const pageUrl = `${origin}${pathname}${query.size ? `?${query}` : ''}`;
  return { url: `${origin}${oembedUrl({ url: pageUrl, format: 'json' })}`, title };
}

/** The metadata that lets an oEmbed consumer find the embed from a page URL alone. */
export async function oembedDiscovery(pathname: string, searchParams: SearchParams, title: string = EMBED_TITLE): Promise<Metadata> {
  const link = oembedLink(siteOrigin(await headers()), pathname, searchParams, title);
  return { alternates: { types: { 'application/json+oembed': [link] } } };
}
