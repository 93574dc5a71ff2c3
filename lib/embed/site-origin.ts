/**
 * The site's public origin: SITE_URL when set (set it in production: the Host header is the
 * client's to write), else the Host and X-Forwarded-Proto headers, else the request URL's origin.
 * Discovery links and oEmbed both use this, so they always agree.
 */
export function siteOrigin(headers: Headers, requestUrl?: string): string {
  const configured = process.env.SITE_URL;
  if (configured) return new URL(configured).origin;
  const url = requestUrl ? new URL(requestUrl) : null;
  const proto = headers.get('x-forwarded-proto')?.split(',')[0].trim() ?? url?.protocol.replace(':', '') ?? 'http';
  const host = headers.get('host') ?? url?.host ?? 'localhost';
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

/** Headers that an answer derived from siteOrigin varies with, for shared caches. */
export const SITE_ORIGIN_VARY = 'Host, X-Forwarded-Proto';
