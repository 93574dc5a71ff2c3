import fc from 'fast-check';
import { apiErrorBody } from '@/lib/contract/wire';
import { hostileHeaders, hostileQuery, hostileSegment, safeHeaders, SEED } from '@/tests/fixtures/hostile-requests';
import { expect, test } from './fixtures';

const API = ['/api/places', '/api/places/counts', '/api/events', '/api/control', '/api/control/changes', '/api/flows', '/api/itineraries', '/api/oembed'];

test('over HTTP, generated hostile requests to every route get no 5xx, and API 4xx name the parameter', async ({ request }) => {
  test.setTimeout(180_000);
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.constantFrom(...API, '/', '/embed'), hostileSegment.map((s) => `/api/events/${s}`), hostileSegment.map((s) => `/api/${s}`)),
      hostileQuery,
      hostileHeaders,
      async (path, query, headers) => {
        const res = await request.get(`${path}${query}`, { headers: safeHeaders(headers), maxRedirects: 0 });
        expect(res.status(), `${path}${query}`).toBeLessThan(500);
        if (path.startsWith('/api/') && res.status() >= 400) {
          const body = apiErrorBody.safeParse(await res.json());
          expect(body.success, `${path}${query}`).toBe(true);
          expect(typeof body.data?.error.param, `${path}${query}`).toBe('string');
        }
      },
    ),
    { numRuns: 600, seed: SEED },
  );
});
