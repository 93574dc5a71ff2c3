import { describe, expect, it } from 'vitest';
import { GET } from './route';
import { GET as GET_CHANGES } from './changes/route';

const control = (query = '', headers?: HeadersInit) => GET(new Request(`http://localhost/api/control${query}`, { headers }), undefined);
const changes = (query = '') => GET_CHANGES(new Request(`http://localhost/api/control/changes${query}`), undefined);

describe('GET /api/control', () => {
  it('serves the areas in force on a date, with holder, sources and the date it answered for', async () => {
    const body = await (await control('?date=2024-11-29')).json();
    expect(body).toMatchObject({ type: 'FeatureCollection', date: '2024-11-29', span: { start: '2024-11-25', end: '2024-12-02' } });
    expect(body.features[0]).toMatchObject({ id: 'aleppo-city', geometry: { type: 'Polygon' }, properties: { actor: { id: 'syrian-government' }, basis: 'inferred' } });
    expect(body.features[0].properties.sources[0].quote).toContain('captured much of Aleppo');
  });

  it('defaults to the last day of the data', async () => {
    const body = await (await control()).json();
    expect(body.date).toBe('2024-12-02');
    expect(body.features[0].properties.actor.id).toBe('syrian-opposition');
  });

  it.each([['?date=2024-11-31'], ['?date=tomorrow'], ['?date='], ['?day=2024-11-30'], ['?date=2024-11-30&date=2024-12-01'], ['?date=1990-01-01'], ['?date=2030-01-01']])('answers 400 naming the parameter for %s', async (q) => {
    const res = await control(q);
    expect(res.status).toBe(400);
    expect((await res.json()).error.param).toMatch(/^(date|day)$/);
  });

  it('is cacheable, with a 304 for a matching ETag', async () => {
    const res = await control('?date=2024-12-01');
    expect(res.headers.get('cache-control')).toBe('public, no-cache');
    expect((await control('?date=2024-12-01', { 'If-None-Match': res.headers.get('etag')! })).status).toBe(304);
  });
});

describe('GET /api/control/changes', () => {
  it('lists Aleppo changing hands with the actors before and after and its area in km² from the geometry', async () => {
    const body = await (await changes('?from=2024-11-29&to=2024-12-01')).json();
    expect(body.features).toHaveLength(1);
    expect(body.features[0].properties).toMatchObject({
      areaId: 'aleppo-city', date: '2024-11-30', before: { id: 'syrian-government' }, after: { id: 'syrian-opposition' }, areaKm2: 201,
    });
  });

  it('defaults to the whole timeline', async () => {
    expect((await (await changes()).json())).toMatchObject({ from: '2024-11-25', to: '2024-12-02', features: [{ id: 'aleppo-captured-by-opposition' }] });
  });

  it('answers 400 when from is after to (given or by default), or a date is malformed', async () => {
    for (const [q, param] of [['?from=2024-12-02&to=2024-11-01', 'from'], ['?to=2024-99-01', 'to'], ['?from=2025-01-01', 'from']]) {
      const res = await changes(q);
      expect(res.status).toBe(400);
      expect((await res.json()).error.param).toBe(param);
    }
  });
});
