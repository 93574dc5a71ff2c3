import { describe, expect, it } from 'vitest';
import { GET } from './route';

const get = (query = '', headers?: HeadersInit) => GET(new Request(`http://localhost/api/places/counts${query}`, { headers }), undefined);

describe('GET /api/places/counts', () => {
  it('counts each place\'s events overlapping the span, leaving out places with none', async () => {
    expect(await (await get()).json()).toEqual({ from: null, to: null, total: 6, counts: { aleppo: 2, damascus: 1, ankara: 3 } });
    // The week-precision offensive counts from its first day; the talks of 2 Dec are not yet.
    expect(await (await get('?to=2024-11-25')).json()).toEqual({ from: null, to: '2024-11-25', total: 1, counts: { aleppo: 1 } });
    expect((await (await get('?to=2024-12-01')).json()).counts).toEqual({ aleppo: 2, damascus: 1, ankara: 1 });
    expect((await (await get('?from=2024-12-01&to=2024-12-01')).json()).counts).toEqual({ aleppo: 1, damascus: 1, ankara: 1 });
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const etag = (await get('?to=2024-12-01')).headers.get('etag')!;
    expect((await get('?to=2024-12-01', { 'If-None-Match': etag })).status).toBe(304);
  });

  it.each([
    ['?to=2024-13-01', 'to'],
    ['?from=2024-12-02&to=2024-12-01', 'from'],
    ['?place=aleppo', 'place'],
  ])('answers 400 naming the parameter for %s', async (query, param) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect((await res.json()).error.param).toBe(param);
  });
});
