import { describe, expect, it } from 'vitest';
import { badParam } from './api-error';
import { AnswerCache, errorResponse, etagMatches } from './respond';

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
  const answer = (n: number) => ({ body: Buffer.alloc(n), etag: `"${n}"`, contentType: 'application/json' });
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
