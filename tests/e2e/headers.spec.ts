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

test('MapLibre, the basemap and the embed are sent gzipped as the build wrote them to a browser that takes gzip, and as they are to one that does not', async ({ request }) => {
  const { gunzipSync } = await import('node:zlib');
  const html = await (await request.get('/embed')).text();
  const embedFiles = [...html.matchAll(/(?:src|href)="(\/_embed\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  expect(embedFiles.length).toBeGreaterThanOrEqual(2);
  for (const path of ['/maplibre-gl.mjs', '/maplibre-gl-worker.mjs', '/geo/countries.geojson', ...embedFiles]) {
    const plain = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    const identity = await plain.body();
    for (const accept of ['gzip, deflate, br', 'br, gzip;q=0.5']) {
      // Playwright's request would unzip the body: fetch's raw bytes through Node instead.
      const res = await fetch(new URL(path, plain.url()), { headers: { 'Accept-Encoding': accept } });
      expect(res.headers.get('content-encoding'), `${path} ${accept}`).toBe('gzip');
      expect(res.headers.get('vary'), path).toContain('Accept-Encoding');
      expect(res.headers.get('content-type'), path).toBe(plain.headers()['content-type']);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const raw = await new Promise<Buffer>((resolve, reject) => {
      const url = new URL(path, plain.url());
      import('node:http').then(({ get }) =>
        get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject),
      );
    });
    expect(gunzipSync(raw).equals(identity), path).toBe(true);
  }
  const refused = await request.get('/maplibre-gl.mjs', { headers: { 'Accept-Encoding': 'gzip;q=0' } });
  expect(refused.headers()['content-encoding']).toBeUndefined();
});
