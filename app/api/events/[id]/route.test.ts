import { describe, expect, it } from 'vitest';
import { GET } from './route';

const get = (id: string, query = '') => GET(new Request(`http://localhost/api/events/${encodeURIComponent(id)}${query}`), { params: Promise.resolve({ id }) });

describe('GET /api/events/{id}', () => {
  it('serves one event as a GeoJSON Feature', async () => {
    const res = await get('aleppo-captured');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ type: 'Feature', id: 'aleppo-captured', geometry: { type: 'Point' }, properties: { date: '2024-11-30', placeId: 'aleppo' } });
    expect(res.headers.get('etag')).toBeTruthy();
  });

  it('answers 404 with the error shape for an unknown id', async () => {
    const res = await get('no-such-event');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no event has the id "no-such-event"', param: 'id' } });
  });

  it('answers 404, not 500, for ids no event could have', async () => {
    for (const id of ['../../etc/passwd', '__proto__', 'constructor', '', '%']) expect((await get(id)).status, id).toBe(404);
  });

  it('does not echo an id no event could have', async () => {
    const res = await get('x'.repeat(100_000));
    expect(res.status).toBe(404);
    expect((await res.text()).length).toBeLessThan(200);
  });

  it('answers a write with a JSON 405 that says which methods it takes', async () => {
    const { POST } = await import('./route');
    const res = POST();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await res.json()).error.code).toBe('method_not_allowed');
  });

  it('answers 400 to a query parameter it does not take', async () => {
    expect((await get('aleppo-captured', '?x=1')).status).toBe(400);
  });
});
