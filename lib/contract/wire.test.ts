import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GET as placesGET } from '@/app/api/places/route';
import { GET as placeCountsGET } from '@/app/api/places/counts/route';
import { GET as histogramGET } from '@/app/api/histogram/route';
import { GET as situationGET } from '@/app/api/situation/route';
import { GET as eventsGET } from '@/app/api/events/route';
import { GET as eventGET } from '@/app/api/events/[id]/route';
import { GET as controlGET } from '@/app/api/control/route';
import { GET as controlChangesGET } from '@/app/api/control/changes/route';
import { GET as flowsGET } from '@/app/api/flows/route';
import { GET as flowGET } from '@/app/api/flows/[id]/route';
import { GET as itinerariesGET } from '@/app/api/itineraries/route';
import { GET as oembedGET, POST as oembedPOST } from '@/app/api/oembed/route';
import { GET as noSuchEndpoint } from '@/app/api/[...path]/route';
import {
  apiErrorBody,
  changeNotice,
  situationSummary,
  controlChangeCollection,
  controlCollection,
  eventFeature,
  eventPage,
  flowCollection,
  flowDetail,
  itineraryCollection,
  oembedResponse,
  placeCollection,
  placeCounts,
  histogram,
  type ControlCollection,
  type EventPage,
} from './wire';

// The real route handlers, called directly on the real data/ folder: whatever they answer must
// parse with the wire schema, which is strict (an extra or a missing field fails).

const request = (path: string) => new Request(`http://localhost${path}`);

async function answer(response: Response | Promise<Response>, status = 200): Promise<unknown> {
  const res = await response;
  expect(res.status).toBe(status);
  return res.json();
}

/** Parses a body with a wire schema, failing with zod's issues (not just "false") when it does not fit. */
function expectWire<S extends z.ZodType>(schema: S, body: unknown, label: string): z.infer<S> {
  const result = schema.safeParse(body);
  expect(result.success ? [] : result.error.issues, label).toEqual([]);
  return result.data as z.infer<S>;
}

/** The days from start to end (inclusive): every one, or 60 spread evenly over a long span. */
const days = (start: string, end: string) => {
  const [t0, t1] = [Date.parse(`${start}T00:00:00Z`), Date.parse(`${end}T00:00:00Z`)];
  const n = Math.round((t1 - t0) / 86_400_000);
  const step = Math.max(1, Math.ceil(n / 60));
  const out: string[] = [];
  for (let i = 0; i < n; i += step) out.push(new Date(t0 + i * 86_400_000).toISOString().slice(0, 10));
  return [...out, end];
};

describe('the wire schemas fit what the routes answer', () => {
  it('GET /api/places', async () => {
    const body = expectWire(placeCollection, await answer(placesGET(request('/api/places'), undefined)), 'places');
    expect(body.features.length).toBeGreaterThan(0);
  });

  it.each(['', '?unit=year', '?from=2024-11-20&unit=week', '?from=2024-12-01&to=2024-12-01', '?to=2030-01-01&category=military'])('GET /api/histogram%s', async (query) => {
    expectWire(histogram, await answer(histogramGET(request(`/api/histogram${query}`), undefined)), query);
  });

  it.each(['', '?to=2024-12-01', '?to=2024-11-25', '?from=2024-12-01&to=2024-12-01', '?from=2024-12-02', '?from=2030-01-01'])('GET /api/places/counts%s', async (query) => {
    expectWire(placeCounts, await answer(placeCountsGET(request(`/api/places/counts${query}`), undefined)), query);
  });

  it.each([
    '',
    '?place=aleppo',
    '?place=ankara&order=desc',
    '?place=damascus&to=2024-12-01&order=desc&limit=50',
    '?from=2024-11-30&to=2024-11-30',
    '?category=diplomatic&from=2024-12-01&to=2024-12-02',
    '?category=humanitarian',
    '?bbox=30,38,35,41',
    '?bbox=30,35,40,41&category=diplomatic',
    '?bbox=170,-10,-170,10',
    '?limit=2',
    '?limit=2&offset=2',
    '?limit=2&offset=4',
    '?offset=6',
    '?order=desc&limit=1',
  ])('GET /api/events%s', async (query) => {
    const body = expectWire(eventPage, await answer(eventsGET(request(`/api/events${query}`), undefined)), query);
    // Following `next` to the end, every page fits too.
    let next = body.next;
    for (let pages = 0; next && pages < 10; pages++) next = expectWire(eventPage, await answer(eventsGET(request(next), undefined)), next).next;
    expect(next).toBeNull();
  });

  it('GET /api/events/{id}, for every event', async () => {
    const all: EventPage['features'] = [];
    for (let next: string | null = '/api/events?limit=1000'; next; ) {
      const page = (await answer(eventsGET(request(next), undefined))) as EventPage;
      all.push(...page.features);
      next = page.next;
    }
    expect(all.length).toBeGreaterThan(0);
    for (const listed of all) {
      const { id } = listed;
      const body = expectWire(eventFeature, await answer(eventGET(request(`/api/events/${id}`), { params: Promise.resolve({ id }) })), id);
      expect(body).toEqual(listed);
    }
  });

  it('GET /api/control, with no date and on every day of the span', async () => {
    const latest = expectWire(controlCollection, await answer(controlGET(request('/api/control'), undefined)), 'no date');
    const seen = { since: false, noSince: false, until: false, inference: false, changedHands: false };
    for (const date of days(latest.span.start, latest.span.end)) {
      const body: ControlCollection = expectWire(controlCollection, await answer(controlGET(request(`/api/control?date=${date}`), undefined)), date);
      expect(body.date).toBe(date);
      for (const { properties: p } of body.features) {
        if (p.since) seen.since = true;
        else seen.noSince = true;
        if (p.until) seen.until = true;
        if (p.inference) seen.inference = true;
        if (p.changedHands) seen.changedHands = true;
      }
    }
    // The optional fields were met both ways, so the schema was tried on each.
    expect(seen).toEqual({ since: true, noSince: true, until: true, inference: true, changedHands: true });
  });

  it.each(['', '?from=2024-11-29&to=2024-12-01', '?from=2024-12-02&to=2024-12-02', '?to=2024-11-29', '?from=2024-11-30'])('GET /api/control/changes%s', async (query) => {
    expectWire(controlChangeCollection, await answer(controlChangesGET(request(`/api/control/changes${query}`), undefined)), query);
  });

  it('GET /api/flows: a series as its figures, the list small enough to draw from', async () => {
    const res = await flowsGET(request('/api/flows'), undefined);
    const raw = await res.clone().text();
    const body = expectWire(flowCollection, await answer(res), 'flows');
    expect(body.features.length).toBeGreaterThan(100);
    const unhcr = body.features.find((f) => f.id === 'unhcr-refugees-sy-tr')!;
    expect(unhcr.properties.series!.find((p) => p.year === 2023)).toEqual({ year: 2023, value: 3214780, sourceId: 'unhcr-population-population-syr-to-tur-all-years', publisher: 'UNHCR' });
    // Each year's quote and source come with the one flow: the list stays under 3 kB a flow (about
    // 2.6 kB; it was 6.2 kB with every year's source resolved in it).
    expect(raw.length / body.features.length).toBeLessThan(3000);
  });

  it('GET /api/flows/{id}: each year of the series with its quote and its source resolved', async () => {
    const body = expectWire(flowDetail, await answer(flowGET(request('/api/flows/unhcr-refugees-sy-tr'), { params: Promise.resolve({ id: 'unhcr-refugees-sy-tr' }) })), 'flow');
    const y2023 = body.properties.series!.find((p) => p.year === 2023)!;
    expect(y2023.value).toBe(3214780);
    expect(y2023.source).toMatchObject({ publisher: 'UNHCR', url: 'https://www.unhcr.org/refugee-statistics/', licence: { name: 'CC BY 4.0' } });
    expect(y2023.source.quote).toContain('year: 2023');
    // The same arc as in the list.
    const list = (await (await flowsGET(request('/api/flows'), undefined)).json()) as { features: { id: string; geometry: unknown }[] };
    expect(body.geometry).toEqual(list.features.find((f) => f.id === 'unhcr-refugees-sy-tr')!.geometry);
    for (const [id, status] of [['no-such-flow', 404], ['Not A Slug!', 404]] as const) {
      const res = await flowGET(request(`/api/flows/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) });
      expect(res.status, id).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });

  it('GET /api/itineraries, with both stops and legs', async () => {
    const body = expectWire(itineraryCollection, await answer(itinerariesGET(request('/api/itineraries'), undefined)), 'itineraries');
    expect(new Set(body.features.map((f) => f.properties.featureType))).toEqual(new Set(['stop', 'leg']));
  });

  const enc = encodeURIComponent;
  it.each([
    `?url=${enc('http://localhost:3000/?place=aleppo')}`,
    `?url=${enc('http://localhost:3000/?place=aleppo&date=2024-12-01')}&format=json`,
    `?url=${enc('http://localhost:3000/embed')}&maxwidth=400&maxheight=300`,
    `?url=${enc('http://localhost:3000/embed?theme=dark&legend=off')}&maxwidth=1200`,
  ])('GET /api/oembed%s', async (query) => {
    const res = oembedGET(new Request(`http://localhost:3000/api/oembed${query}`, { headers: { host: 'localhost:3000' } }));
    expectWire(oembedResponse, await answer(res), query);
  });

  it('every error answer has the error body', async () => {
    const errors: [string, Response | Promise<Response>, number][] = [
      ['unknown place', eventsGET(request('/api/events?place=paris'), undefined), 400],
      ['unknown parameter', eventsGET(request('/api/events?page=2'), undefined), 400],
      ['bad bbox', eventsGET(request('/api/events?bbox=1,2,3'), undefined), 400],
      ['counts span', placeCountsGET(request('/api/places/counts?from=2024-12-02&to=2024-12-01'), undefined), 400],
      ['control outside the span', controlGET(request('/api/control?date=1990-01-01'), undefined), 400],
      ['changes span', controlChangesGET(request('/api/control/changes?from=2024-12-02&to=2024-12-01'), undefined), 400],
      ['query on places', placesGET(request('/api/places?x=1'), undefined), 400],
      ['query on flows', flowsGET(request('/api/flows?x=1'), undefined), 400],
      ['query on itineraries', itinerariesGET(request('/api/itineraries?x=1'), undefined), 400],
      ['no such event', eventGET(request('/api/events/no-such-event'), { params: Promise.resolve({ id: 'no-such-event' }) }), 404],
      ['not an event id', eventGET(request('/api/events/NOPE'), { params: Promise.resolve({ id: 'NOPE' }) }), 404],
      ['oembed for another site', oembedGET(request(`/api/oembed?url=${enc('https://example.net/')}`)), 404],
      ['oembed as xml', oembedGET(request(`/api/oembed?url=${enc('http://localhost/')}&format=xml`)), 501],
      ['no such endpoint', noSuchEndpoint(request('/api/nothing')), 404],
      ['a write', oembedPOST(), 405],
    ];
    for (const [label, res, status] of errors) expectWire(apiErrorBody, await answer(res, status), label);
  });
});

describe('the wire schemas are strict', () => {
  it('refuses an extra field and a missing one, at any depth', async () => {
    const event = (await answer(eventsGET(request('/api/events?place=ankara'), undefined))) as EventPage;
    expect(eventPage.safeParse(event).success).toBe(true);
    const copy = () => structuredClone(event);
    const extraTop = { ...copy(), bbox: [0, 0, 1, 1] };
    const extraProperty = copy();
    (extraProperty.features[0].properties as Record<string, unknown>).colour = 'red';
    const extraInCitation = copy();
    (extraInCitation.features[0].properties.sources[0] as Record<string, unknown>).note = 'x';
    const missingTotal: Partial<EventPage> = copy();
    delete missingTotal.total;
    const missingPlaceName: { features: { properties: Partial<EventPage['features'][number]['properties']> }[] } = copy();
    delete missingPlaceName.features[0].properties.placeName;
    for (const bad of [extraTop, extraProperty, extraInCitation, missingTotal, missingPlaceName]) expect(eventPage.safeParse(bad).success).toBe(false);
  });
});

describe('GET /api/situation', () => {
  it('answers the version, the span and the credits', async () => {
    const body = await answer(situationGET(request('/api/situation'), undefined));
    expectWire(situationSummary, body, 'situation');
    expect(body).toMatchObject({ span: { start: '2024-11-25', end: '2024-12-02' }, credits: [expect.stringContaining('Firstpost'), expect.stringContaining('>UNHCR</a> (<a href="https://creativecommons.org/licenses/by/4.0/"')] });
  });
});

describe('changeNotice (the data of each /api/changes message)', () => {
  it('takes a version, the kinds of data that changed and when', () => {
    expectWire(changeNotice, { version: 3, kinds: ['events', 'places'], at: '2024-12-02T10:00:00.000Z' }, 'utc');
    expectWire(changeNotice, { version: 0, kinds: ['control', 'flows', 'itineraries', 'sources', 'situation'], at: '2024-12-02T13:00:00+03:00' }, 'offset');
  });

  it.each([
    [{ version: 3, kinds: ['weather'], at: '2024-12-02T10:00:00Z' }],
    [{ version: -1, kinds: ['events'], at: '2024-12-02T10:00:00Z' }],
    [{ version: 1.5, kinds: ['events'], at: '2024-12-02T10:00:00Z' }],
    [{ version: 3, kinds: ['events'], at: 'yesterday' }],
    [{ version: 3, kinds: ['events'] }],
    [{ version: 3, kinds: ['events'], at: '2024-12-02T10:00:00Z', extra: true }],
  ])('refuses %j', (notice) => {
    expect(changeNotice.safeParse(notice).success).toBe(false);
  });
});

describe('the wire schemas can be written as JSON Schema (for OpenAPI)', () => {
  const schemas = { placeCollection, placeCounts, histogram, eventFeature, eventPage, controlCollection, controlChangeCollection, flowCollection, itineraryCollection, oembedResponse, apiErrorBody, changeNotice, situationSummary };
  it.each(Object.entries(schemas))('%s', (name, schema) => {
    const json = z.toJSONSchema(schema) as { type?: string; additionalProperties?: boolean; properties?: Record<string, unknown> };
    expect(json.type, name).toBe('object');
    expect(json.additionalProperties, name).toBe(false);
    expect(JSON.stringify(json)).toContain('"description"');
  });
});
