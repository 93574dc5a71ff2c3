import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { oembedUrl } from '@/lib/contract/paths';
import { EMBED_TITLE } from './embed-code';
import { siteOrigin } from './site-origin';

type SearchParams = Record<string, string | string[] | undefined>;

/** The metadata that lets an oEmbed consumer find the embed from a page URL alone. */
export async function oembedDiscovery(pathname: string, searchParams: SearchParams, title: string = EMBED_TITLE): Promise<Metadata> {
  const origin = siteOrigin(await headers());
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(searchParams)) if (typeof v === 'string') query.set(k, v);
  const pageUrl = `${origin}${pathname}${query.size ? `?${query}` : ''}`;
  const href = `${origin}${oembedUrl({ url: pageUrl, format: 'json' })}`;
  return { alternates: { types: { 'application/json+oembed': [{ url: href, title }] } } };
}
