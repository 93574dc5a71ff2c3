import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { GET as events } from '@/app/api/events/route';
import { GET } from './route';

const get = (query: string) => GET(new Request(`http://localhost/api/export${query}`));
const total = async (query: string) => ((await (await events(new Request(`http://localhost/api/events${query}`), undefined)).json()) as { total: number }).total;

describe('GET /api/export', () => {
  it.each(['', '?place=aleppo', '?from=2024-11-30&to=2024-12-01', '?category=diplomatic', '?bbox=30,38,35,41', '?place=ankara&to=2024-12-01'])(
    'exports as many CSV rows as /api/events counts for %s',
    async (filter) => {
      const res = await get(`?format=csv${filter ? `&${filter.slice(1)}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="events[a-z0-9-]*\.csv"$/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parse(new TextDecoder().decode(bytes), { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
      expect(rows.length).toBe(await total(filter));
    },
  );

  it('exports GeoJSON that a GeoJSON validator accepts, as many features as /api/events counts', async () => {
    const res = await get('?format=geojson&to=2024-12-01');
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const body = await res.text();
    expect(() => check(body)).not.toThrow();
    expect(JSON.parse(body).features.length).toBe(await total('?to=2024-12-01'));
  });

  it('writes the HXL hashtag row second', async () => {
    const rows = parse(await (await get('?format=hxl')).text(), { bom: true }) as string[][];
    expect(rows[1][0]).toBe('#event+id');
    expect(rows.length - 2).toBe(await total(''));
  });

  it.each([
    ['', 'format'],
    ['?format=xls', 'format'],
    ['?format=csv&place=paris', 'place'],
    ['?format=csv&from=2024-12-02&to=2024-12-01', 'from'],
    ['?format=csv&limit=10', 'limit'],
  ])('refuses %s, naming %s', async (query, param) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect((await res.json()).error.param).toBe(param);
  });
});
