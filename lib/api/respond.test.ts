import { describe, expect, it } from 'vitest';
import { badParam } from './api-error';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { AnswerCache, errorResponse, etagMatches, geoJsonRoute, pickEncoding } from './respond';

describe('etagMatches', () => {
  it('matches strong, weak, listed and wildcard validators', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"x", "a"', '"a"')).toBe(true);
    expect(etagMatches('*', '"a"')).toBe(true);
  });
  it('does not match a missing or different validator', () => {
    expect(etagMatches(null, '"a"')).toBe(false);
    expect(etagMatches('"b"', '"a"')).toBe(false);
  });
});

describe('errorResponse', () => {
  it('answers a client error with its status and the error shape', async () => {
    const res = errorResponse(badParam('from', 'from: bad'));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_parameter', message: 'from: bad', param: 'from' } });
  });
  it('answers anything else as a 500 without leaking its message', async () => {
    const original = console.error;
    console.error = () => {};
    const res = errorResponse(new Error('secret path /srv/data'));
    console.error = original;
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain('secret');
  });
});

describe('AnswerCache', () => {
  const answer = (n: number) => ({ body: 'x'.repeat(n), etag: `"${n}"`, contentType: 'application/json' });
  it('keeps the most recently used answers within its count', () => {
    const cache = new AnswerCache(2, 1000);
    cache.set('a', answer(1));
    cache.set('b', answer(2));
    expect(cache.get('a')?.etag).toBe('"1"');
    cache.set('c', answer(3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.etag).toBe('"1"');
    expect(cache.size).toBe(2);
  });
  it('keeps its bytes within bounds and never holds an answer bigger than a quarter of them', () => {
    const cache = new AnswerCache(100, 100);
    cache.set('big', answer(26));
    expect(cache.get('big')).toBeUndefined();
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, answer(25));
    expect(cache.size).toBe(4);
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('pickEncoding', () => {
  it('prefers brotli, then gzip, as the client accepts them', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('*, br;q=0')).toBe('gzip');
  });
  it('answers uncompressed when nothing it makes is accepted', () => {
    expect(pickEncoding(null)).toBeNull();
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding('deflate')).toBeNull();
    expect(pickEncoding('gzip;q=0, br;q=0')).toBeNull();
  });
});

describe('a kept answer, compressed', () => {
  const data = { features: Array.from({ length: 200 }, (_, i) => ({ id: `event-${i}`, title: `An event, number ${i}` })) };
  const route = geoJsonRoute(() => data);
  const ask = (headers: Record<string, string>) => route(new Request('http://localhost/api/compressed-test?x=1', { headers }), undefined);

  it('is sent in the encoding asked for, decoding to the same JSON, with the same ETag, and Vary: Accept-Encoding', async () => {
    const plain = await ask({});
    const text = await plain.text();
    expect(JSON.parse(text)).toEqual(data);
    expect(plain.headers.get('content-encoding')).toBeNull();
    for (const [accept, encoding, decode] of [['gzip', 'gzip', gunzipSync], ['br, gzip', 'br', brotliDecompressSync]] as const) {
      const res = await ask({ 'accept-encoding': accept });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      expect(res.headers.get('etag')).toBe(plain.headers.get('etag'));
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
      expect(bytes.length).toBeLessThan(text.length / 4);
      expect(decode(bytes).toString('utf8')).toBe(text);
    }
  });

  it('answers 304 without a body whatever the encoding', async () => {
    const etag = (await ask({})).headers.get('etag')!;
    const res = await ask({ 'accept-encoding': 'br', 'if-none-match': etag });
    expect(res.status).toBe(304);
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
