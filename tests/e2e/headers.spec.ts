import { expect, test } from './fixtures';

const PATHS = ['/', '/?place=aleppo', '/embed', '/api/events', '/api/events/no-such', '/api/nothing', '/no-such-page'];
/** Files the build puts in public/, served without proxy.ts, with headers next.config.ts sets. */
const STATIC_PATHS = ['/geo/countries.geojson', '/maplibre-gl-worker.mjs', '/maplibre-gl.mjs', '/fonts/noto-sans-latin-400.woff2', '/geo/no-such.geojson'];

test('every response carries the security headers', async ({ request }) => {
  for (const path of [...PATHS, ...STATIC_PATHS]) {
    const h = (await request.get(path)).headers();
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('geolocation=()');
    const csp = h['content-security-policy'];
    // A static file writes no script: its policy (which MapLibre's worker lives under) has no nonce.
    expect(csp, path).toMatch(STATIC_PATHS.includes(path) ? /script-src 'self';/ : /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).not.toContain('unsafe-eval');
    expect(csp, path).toContain("connect-src 'self'");
    expect(csp, path).toMatch(path === '/embed' ? /frame-ancestors \*$/ : /frame-ancestors 'self'$/);
    expect(h['set-cookie'], path).toBeUndefined();
  }
});

test('each page gets its own nonce, and every script the server writes carries it', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ['/', '/embed', '/?place=aleppo']) {
    const res = await request.get(path);
    const nonce = res.headers()['content-security-policy'].match(/'nonce-([^']+)'/)![1];
    nonces.add(nonce);
    const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(3);
});

test("the embed's own script and styles are named by their content and kept for a year; MapLibre, whose name does not change, is revalidated", async ({ request }) => {
  const html = await (await request.get('/embed')).text();
  const files = [...html.matchAll(/(?:src|href)="(\/_embed\/[^"]+)"/g)].map((m) => m[1]);
  expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  expect(files.some((f) => f.endsWith('.css'))).toBe(true);
  for (const file of files) {
    const res = await request.get(file);
    expect(res.status(), file).toBe(200);
    expect(res.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
  }
  expect((await request.get('/maplibre-gl.mjs')).headers()['cache-control']).not.toContain('immutable');
});
