/**
 * The site's public origin: SITE_URL when the app runs behind a proxy that changes the host,
 * else the origin the request was made to.
 */
export function siteOrigin(request: Request): string {
  const configured = process.env.SITE_URL;
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  const host = request.headers.get('host');
  return host ? `${url.protocol}//${host}` : url.origin;
}
