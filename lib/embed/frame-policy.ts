/** Paths of the embeddable view; every other page may be framed by the app itself only. */
export const EMBED_PATH = '/embed';

/**
 * Origins allowed to frame /embed, from EMBED_FRAME_ANCESTORS (space- or comma-separated, e.g.
 * "https://example.com https://*.example.org"); unset or empty means any site.
 */
export function embedAncestors(env: string | undefined): string[] | null {
  const origins = (env ?? '').split(/[\s,]+/).filter(Boolean);
  for (const o of origins) {
    if (!/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(o)) throw new Error(`EMBED_FRAME_ANCESTORS: "${o}" is not an origin like https://example.com`);
  }
  return origins.length ? origins : null;
}

/** Whether a path is the desk's: its pages or its API. */
export const isDeskPath = (pathname: string) => /^\/(desk|api\/desk)(\/|$)/.test(pathname);

/** The framing headers for a path: CSP frame-ancestors, and X-Frame-Options for browsers that lack it. */
export function framingHeaders(pathname: string, ancestors: string[] | null): Record<string, string> {
  if (pathname === EMBED_PATH || pathname.startsWith(`${EMBED_PATH}/`)) {
    // null: any site; a list: the app and those origins; an empty list: the app alone.
    return { 'Content-Security-Policy': `frame-ancestors ${ancestors ? ["'self'", ...ancestors].join(' ') : '*'}` };
  }
  // The editors' desk is framed by nobody, not even the app (no clickjacking of a publish button).
  if (isDeskPath(pathname)) return { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
  return { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' };
}
