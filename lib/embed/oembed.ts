import { ApiError, notFound } from '@/lib/api/api-error';
import type { OembedQuery } from '@/lib/contract/queries';
import type { OembedResponse } from '@/lib/contract/wire';
import { embedUrlFor, iframeSnippet, MAP_PAGE_PATH } from './embed-code';

export const OEMBED_DEFAULT = { width: 800, height: 560 } as const;
const MAP_PATHS = new Set(['/', '/embed']);

/** An oEmbed 1.0 "rich" answer whose html is the iframe for a URL of this site's map (`/`, `/embed`, `/m/{slug}`, `/m/{slug}/embed`). */
export function oembedFor(query: OembedQuery, siteOrigin: string, title: string): OembedResponse {
  if (query.format !== undefined && query.format !== 'json') {
    throw new ApiError(501, 'format_not_implemented', `format: only json is served, not ${query.format.slice(0, 20)}`, 'format');
  }
  const url = new URL(query.url);
  if (url.origin !== siteOrigin || !(MAP_PATHS.has(url.pathname) || MAP_PAGE_PATH.test(url.pathname))) throw notFound(`url: not a map of this site (${siteOrigin})`, 'url');
  const width = Math.min(OEMBED_DEFAULT.width, query.maxwidth ?? Infinity);
  const height = Math.min(Math.max(320, Math.round(width * 0.7)), query.maxheight ?? Infinity);
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Situation map',
    provider_url: siteOrigin,
    cache_age: 3600,
    width,
    height,
    html: iframeSnippet(embedUrlFor(url), { title, width, height }),
  };
}
