import { describe, expect, it } from 'vitest';
import { badParam } from './api-error';
import { errorResponse, etagMatches } from './respond';

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
