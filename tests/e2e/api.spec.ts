import { expect, test } from './fixtures';

// The API as a client meets it through the real server: path decoding, compression, methods.
test('answers a conditional request with 304 through the server, compressed or not', async ({ request }) => {
  const first = await request.get('/api/events?place=aleppo', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^W\/"/);
  const again = await request.get('/api/events?place=aleppo', { headers: { 'If-None-Match': etag, 'Accept-Encoding': 'identity' } });
  expect(again.status()).toBe(304);
});

test('sends answers compressed only in an encoding asked for and labelled, varying on the encoding and the language', async ({ request }) => {
  const plain = await (await request.get('/api/events', { headers: { 'Accept-Encoding': 'identity' } })).json();
  expect(plain.features.length).toBeGreaterThan(0);
  for (const encoding of ['gzip', 'br', 'identity']) {
    const res = await request.get('/api/events', { headers: { 'Accept-Encoding': encoding } });
    expect(res.status()).toBe(200);
    // Whatever compresses it labels it: unlabelled compressed bytes would not parse.
    expect([encoding, undefined], encoding).toContain(res.headers()['content-encoding']);
    expect(res.headers()['vary']).toContain('Accept-Language');
    expect(await res.json(), encoding).toEqual(plain);
  }
});

test('answers odd event ids, encoded or not, with a JSON 404', async ({ request }) => {
  for (const path of ['/api/events/%2E%2E%2Fplaces', '/api/events/%00', '/api/events/__proto__', '/api/events/constructor', `/api/events/${'a'.repeat(3000)}`]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect((await res.json()).error.code, path).toBe('not_found');
  }
});

test('answers writes with a JSON 405 and unknown endpoints with a JSON 404', async ({ request }) => {
  const write = await request.post('/api/events', { data: { id: 'x' } });
  expect(write.status()).toBe(405);
  expect(write.headers()['allow']).toBe('GET, HEAD, OPTIONS');
  expect((await write.json()).error.code).toBe('method_not_allowed');
  const unknown = await request.delete('/api/nothing-here');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe('not_found');
});

test('never answers 500 to hostile query strings', async ({ request }) => {
  const hostile = ['?bbox=%FF', '?from=%E0%A4%A', '?place=%00', `?to=${'9'.repeat(5000)}`, '?category[]=military', '?bbox=1,2,3,4,5', '?date=2024-11-30'];
  for (const path of ['/api/events', '/api/places', '/api/control', '/api/control/changes']) {
    for (const q of hostile) expect((await request.get(path + q)).status(), path + q).toBeLessThan(500);
  }
});
