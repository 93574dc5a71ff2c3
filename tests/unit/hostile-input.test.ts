import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GET as catchAll } from '@/app/api/[...path]/route';
import { GET as control } from '@/app/api/control/route';
import { GET as controlChanges } from '@/app/api/control/changes/route';
import { GET as eventById } from '@/app/api/events/[id]/route';
import { GET as events } from '@/app/api/events/route';
import { GET as exportEvents } from '@/app/api/export/route';
import { GET as openapi } from '@/app/api/openapi.json/route';
import { GET as flows } from '@/app/api/flows/route';
import { GET as itineraries } from '@/app/api/itineraries/route';
import { GET as oembed } from '@/app/api/oembed/route';
import { GET as places } from '@/app/api/places/route';
import { GET as placeCounts } from '@/app/api/places/counts/route';
import { apiErrorBody } from '@/lib/contract/wire';
import { hostileHeaders, hostileQuery, hostileSegment, safeHeaders, SEED } from '@/tests/fixtures/hostile-requests';

type Handler = (request: Request) => Response | Promise<Response>;
const ROUTES: [string, Handler][] = [
  ['/api/places', (r) => places(r, undefined)],
  ['/api/places/counts', (r) => placeCounts(r, undefined)],
  ['/api/events', (r) => events(r, undefined)],
  ['/api/control', (r) => control(r, undefined)],
  ['/api/control/changes', (r) => controlChanges(r, undefined)],
  ['/api/flows', (r) => flows(r, undefined)],
  ['/api/itineraries', (r) => itineraries(r, undefined)],
  ['/api/oembed', (r) => oembed(r)],
  ['/api/export', (r) => exportEvents(r)],
  ['/api/openapi.json', (r) => openapi(r, undefined)],
];
const RUNS = 400;

/** No 5xx; every 4xx is the one JSON error shape and names the parameter. */
async function expectSafeAnswer(res: Response, what: string) {
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400) {
    const body = apiErrorBody.safeParse(await res.json());
    expect(body.success, what).toBe(true);
    expect(typeof body.data?.error.param, `${what}: names the parameter`).toBe('string');
  }
}

describe('route handlers under generated hostile requests', () => {
  for (const [path, handler] of ROUTES) {
    it(`${path} never answers 5xx, and every 4xx names its parameter (${RUNS} requests)`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileQuery, hostileHeaders, async (query, headers) => {
          await expectSafeAnswer(await handler(new Request(`http://localhost:3000${path}${query}`, { headers: { ...safeHeaders(headers), host: 'localhost:3000' } })), `${path}${query}`);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }

  it(`/api/events/{id} answers 200 or a JSON 404 naming the id for any id (${RUNS} ids)`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileSegment, hostileQuery, async (segment, query) => {
        let id: string;
        try {
          id = decodeURIComponent(segment);
        } catch {
          id = segment;
        }
        const res = await eventById(new Request(`http://localhost:3000/api/events/${segment}${query}`), { params: Promise.resolve({ id }) });
        await expectSafeAnswer(res, `${segment}${query}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it(`any other /api path is a JSON 404 naming the path (${RUNS} paths)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileSegment, { minLength: 1, maxLength: 4 }), async (segments) => {
        const res = await catchAll(new Request(`http://localhost:3000/api/${segments.join('/')}`));
        expect(res.status).toBe(404);
        await expectSafeAnswer(res, segments.join('/'));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
