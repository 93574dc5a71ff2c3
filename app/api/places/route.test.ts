import { describe, expect, it } from 'vitest';
import { GET } from './route';

const get = (query = '', headers?: HeadersInit) => GET(new Request(`http://localhost/api/places${query}`, { headers }), undefined);

describe('GET /api/places', () => {
  it('serves one Point feature per place with names, country and event count', async () => {
    const body = await (await get()).json();
    expect(body.type).toBe('FeatureCollection');
    const aleppo = body.features.find((f: { id: string }) => f.id === 'aleppo');
    expect(aleppo.geometry).toEqual({ type: 'Point', coordinates: [37.1343, 36.2021] });
    expect(aleppo.properties).toMatchObject({ name: 'Aleppo', names: { ar: 'حلب' }, country: 'SY', eventCount: 2 });
    const counts = Object.fromEntries(body.features.map((f: { id: string; properties: { eventCount: number } }) => [f.id, f.properties.eventCount]));
    expect(counts).toEqual({ aleppo: 2, damascus: 1, ankara: 3 });
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const etag = (await get()).headers.get('etag')!;
    expect((await get('', { 'If-None-Match': etag })).status).toBe(304);
  });

  it('answers 400 naming an unknown parameter', async () => {
    const res = await get('?bbox=1,2,3,4');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'unknown_parameter', param: 'bbox' });
  });
});
