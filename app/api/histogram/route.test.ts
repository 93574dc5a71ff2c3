import { describe, expect, it } from 'vitest';
import { histogram } from '@/lib/contract/wire';
import { GET } from './route';

const get = (query = '', headers?: HeadersInit) => GET(new Request(`http://localhost/api/histogram${query}`, { headers }), undefined);

describe('GET /api/histogram', () => {
  it("counts the data's whole span in days by default, each event on its first day", async () => {
    const body = histogram.parse(await (await get()).json());
    expect(body).toMatchObject({ unit: 'day', from: '2024-11-25', to: '2024-12-02', total: 6 });
    expect(body.buckets.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 1, 2, 2]);
  });

  it('takes a span, a unit and the events filters', async () => {
    const weeks = histogram.parse(await (await get('?from=2024-11-01&to=2024-12-31&unit=week&category=diplomatic')).json());
    expect(weeks.buckets.filter((b) => b.count > 0)).toEqual([{ start: '2024-11-25', end: '2024-12-01', count: 2 }, { start: '2024-12-02', end: '2024-12-08', count: 2 }]);
    const aleppo = histogram.parse(await (await get('?unit=month&bbox=36.5,35.5,37.5,36.5')).json());
    expect(aleppo.buckets).toEqual([{ start: '2024-11-01', end: '2024-11-30', count: 2 }, { start: '2024-12-01', end: '2024-12-31', count: 0 }]);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const etag = (await get('?unit=week')).headers.get('etag')!;
    expect((await get('?unit=week', { 'If-None-Match': etag })).status).toBe(304);
  });

  it.each([
    ['?unit=decade', 'unit'],
    ['?from=2024-12-02&to=2024-12-01', 'from'],
    ['?from=2025-01-01', 'from'],
    ['?from=1990-01-01&unit=day', 'unit'],
    ['?place=nowhere', 'place'],
    ['?category=sports', 'category'],
    ['?bbox=1,2,3', 'bbox'],
    ['?date=2024-12-01', 'date'],
  ])('answers 400 naming the parameter for %s', async (query, param) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect((await res.json()).error.param).toBe(param);
  });
});
