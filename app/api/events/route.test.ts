import { describe, expect, it } from 'vitest';
import { GET } from './route';

const get = (query = '', headers?: HeadersInit) => GET(new Request(`http://localhost/api/events${query}`, { headers }), undefined);
const ids = async (query: string) => ((await (await get(query)).json()) as { features: { id: string }[] }).features.map((f) => f.id);

describe('GET /api/events', () => {
  it('serves every event as GeoJSON points, sorted by date', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const body = await res.json();
    expect(body.type).toBe('FeatureCollection');
    const dates = body.features.map((f: { properties: { date: string } }) => f.properties.date);
    expect(dates).toEqual([...dates].sort());
    expect(body.features[0].geometry).toEqual({ type: 'Point', coordinates: [37.1343, 36.2021] });
  });

  it('gives each event its date precision, status and resolved sources', async () => {
    const body = await (await get('?place=ankara')).json();
    const talks = body.features.find((f: { id: string }) => f.id === 'araghchi-fidan-talks');
    expect(talks.properties).toMatchObject({ date: '2024-12-02', datePrecision: 'day', placeId: 'ankara', category: 'diplomatic', status: 'expected' });
    expect(talks.properties.sources[0]).toMatchObject({
      url: expect.stringMatching(/^https:\/\/www\.firstpost\.com\//),
      publisher: 'Firstpost',
      attribution: 'AFP',
      quote: expect.stringContaining('Hakan Fidan'),
    });
  });

  it('filters by place', async () => {
    expect(await ids('?place=damascus')).toEqual(['araghchi-meets-assad']);
  });

  it('filters by an inclusive date span, counting a week-precision event for each of its days', async () => {
    expect(await ids('?from=2024-11-30&to=2024-11-30')).toEqual(['opposition-offensive-launched', 'aleppo-captured']);
    expect(await ids('?from=2024-12-02')).toEqual(['araghchi-erdogan-talks', 'araghchi-fidan-talks']);
    expect(await ids('?to=2024-11-29')).toEqual(['opposition-offensive-launched']);
  });

  it('filters by category and by bbox', async () => {
    expect(await ids('?category=military')).toEqual(['opposition-offensive-launched', 'aleppo-captured']);
    expect(await ids('?bbox=30,38,35,41')).toEqual(['araghchi-arrives-ankara', 'araghchi-erdogan-talks', 'araghchi-fidan-talks']);
    expect(await ids('?category=humanitarian')).toEqual([]);
  });

  it('answers one page at a time, oldest or newest first, with the total and the next page', async () => {
    const first = await (await get('?limit=2')).json();
    expect(first).toMatchObject({ total: 6, offset: 0, limit: 2, next: '/api/events?limit=2&offset=2' });
    expect(first.features.map((f: { id: string }) => f.id)).toEqual(['opposition-offensive-launched', 'aleppo-captured']);
    const last = await (await get('?limit=2&offset=4')).json();
    expect(last.next).toBeNull();
    expect(last.features).toHaveLength(2);
    expect(await ids('?order=desc&limit=2')).toEqual(['araghchi-fidan-talks', 'araghchi-erdogan-talks']);
    expect(await ids('?offset=6')).toEqual([]);
    const all = await (await get()).json();
    expect(all).toMatchObject({ total: 6, limit: 100, next: null });
  });

  it('serves a repeated query from its kept answer, with the same ETag', async () => {
    const a = await get('?place=ankara&order=desc');
    const b = await get('?place=ankara&order=desc');
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
    expect(await b.text()).toBe(await a.text());
  });

  it.each([
    ['?place=paris', 'place'],
    ['?place=Aleppo!', 'place'],
    ['?from=2024-13-01', 'from'],
    ['?to=yesterday', 'to'],
    ['?from=2024-12-02&to=2024-12-01', 'from'],
    ['?bbox=1,2,3', 'bbox'],
    ['?bbox=a,b,c,d', 'bbox'],
    ['?bbox=0,50,10,40', 'bbox'],
    ['?bbox=0,0,200,10', 'bbox'],
    ['?category=sports', 'category'],
    ['?place=aleppo&place=ankara', 'place'],
    ['?limit=0', 'limit'],
    ['?limit=1001', 'limit'],
    ['?offset=-1', 'offset'],
    ['?order=newest', 'order'],
    ['?page=2', 'page'],
    ['?__proto__=x', '__proto__'],
    ['?bbox=0x10,30,0x30,40', 'bbox'],
    ['?bbox=30, 35,40,38', 'bbox'],
    ['?=1', ''],
  ])('answers 400 naming the parameter for %s', async (query, param) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), param });
  });

  it('never answers 500 to hostile queries', async () => {
    const hostile = ['?bbox=', '?from=', '?place=', '?%00=1', '?bbox=1e999,0,0,0', '?from=0000-00-00', `?place=${'a'.repeat(10_000)}`, '?to=2024-02-30', '?category=__proto__', '?constructor=1'];
    for (const q of hostile) expect((await get(q)).status, q).toBeLessThan(500);
  });
});

describe('caching of /api/events', () => {
  it('lets caches keep it only if they ask again (no-cache), with an ETag', async () => {
    const res = await get('?place=aleppo');
    expect(res.headers.get('cache-control')).toBe('public, no-cache');
    expect(res.headers.get('etag')).toMatch(/^W\/"[\w-]+"$/);
  });

  it('answers 304 with no body to a matching If-None-Match, and 200 to a stale one', async () => {
    const etag = (await get('?place=aleppo')).headers.get('etag')!;
    const fresh = await get('?place=aleppo', { 'If-None-Match': `"stale", ${etag.replace(/^W\//, '')}` });
    expect(fresh.status).toBe(304);
    expect(await fresh.text()).toBe('');
    expect((await get('?place=aleppo', { 'If-None-Match': '"stale"' })).status).toBe(200);
  });

  it('gives different queries different ETags', async () => {
    expect((await get('?place=aleppo')).headers.get('etag')).not.toBe((await get('?place=ankara')).headers.get('etag'));
  });
});
