/**
 * The Content-Security-Policy of every response: everything from the app's own origin, scripts
 * only with this response's nonce (and what they load), MapLibre's worker from the app, no
 * plugins, no eval outside development. A static file (nonce null) writes no script of its own:
 * its policy, which MapLibre's worker lives under, allows the app's own scripts.
 */
export function contentSecurityPolicy(nonce: string | null, dev: boolean): string {
  return [
    "default-src 'self'",
    nonce === null ? "script-src 'self'" : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React and MapLibre set inline style attributes; no inline <style> from outside can run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Headers every response carries, whatever it is. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The static files the build puts in public/ (MapLibre and its worker, the basemap, fonts, the
 * embed's own build), as path patterns for next.config's headers and proxy.ts's matcher: served
 * by Next straight from disk, not through proxy.ts (which costs about 3.5 ms of the server's CPU
 * a request), with fixed headers of the same kind as everything else's.
 */
export const STATIC_FILE_SOURCES = ['/icon.svg', '/_embed/:file*', '/geo/:file*', '/fonts/:file*', '/maplibre-gl.mjs', '/maplibre-gl-worker.mjs'];

/** The headers of those static files: the security headers, a policy with no nonce, framed by the app alone. */
export const STATIC_FILE_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': `${contentSecurityPolicy(null, false)}; frame-ancestors 'self'`,
  'X-Frame-Options': 'SAMEORIGIN',
};
