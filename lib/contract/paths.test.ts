import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { parseQuery } from '@/lib/api/parse-query';
import { preloadSituationData } from '@/lib/data/preload';
import { MAPLIBRE_MODULE_URL } from '@/lib/map/maplibre-module';
import { API_PATHS, API_PREFIX, controlChangesUrl, controlUrl, eventPath, eventsUrl, exportUrl, histogramUrl, oembedUrl, placeCountsUrl } from './paths';
import { eventsQuery, exportQuery, type EventsQuery } from './queries';

const { preload, preloadModule } = vi.hoisted(() => ({ preload: vi.fn(), preloadModule: vi.fn() }));
vi.mock('react-dom', () => ({ preload, preloadModule }));

describe('API_PATHS', () => {
  it('spells every endpoint', () => {
    expect(API_PATHS).toEqual({
      places: '/api/places',
      placeCounts: '/api/places/counts',
      events: '/api/events',
      histogram: '/api/histogram',
      control: '/api/control',
      controlChanges: '/api/control/changes',
      flows: '/api/flows',
      itineraries: '/api/itineraries',
      oembed: '/api/oembed',
      situation: '/api/situation',
      changes: '/api/changes',
      export: '/api/export',
      openapi: '/api/openapi.json',
      docs: '/api/docs',
    });
    for (const path of Object.values(API_PATHS)) expect(path.startsWith(API_PREFIX)).toBe(true);
  });
});

describe('the URL builders', () => {
  it('write the URLs the hooks fetched before the contract, byte for byte', () => {
    expect(controlUrl('2024-11-29')).toBe('/api/control?date=2024-11-29');
    expect(controlUrl()).toBe('/api/control');
    expect(placeCountsUrl({ to: '2024-12-01' })).toBe('/api/places/counts?to=2024-12-01');
    expect(placeCountsUrl({ from: '2024-11-30', to: '2024-12-01' })).toBe('/api/places/counts?from=2024-11-30&to=2024-12-01');
    expect(placeCountsUrl()).toBe('/api/places/counts');
    expect(controlChangesUrl({ from: '2024-11-29', to: '2024-12-01' })).toBe('/api/control/changes?from=2024-11-29&to=2024-12-01');
    expect(controlChangesUrl()).toBe('/api/control/changes');
    expect(eventPath('aleppo-captured')).toBe('/api/events/aleppo-captured');
    expect(eventsUrl({ place: 'aleppo', to: '2024-12-01', order: 'desc', limit: 50 })).toBe('/api/events?place=aleppo&to=2024-12-01&order=desc&limit=50');
    expect(eventsUrl({ to: '2024-12-01', order: 'desc', limit: 50, offset: 100 })).toBe('/api/events?to=2024-12-01&order=desc&limit=50&offset=100');
    expect(eventsUrl()).toBe('/api/events');
    expect(histogramUrl()).toBe('/api/histogram');
    expect(histogramUrl({ unit: 'month', to: '2024-12-01', from: '2024-01-01' })).toBe('/api/histogram?from=2024-01-01&to=2024-12-01&unit=month');
  });

  it("write the events hook's page keys as its URLSearchParams did", () => {
    // lib/hooks/use-events.ts before the contract.
    const before = (place: string | undefined, to: string, index: number) =>
      `/api/events?${new URLSearchParams({ ...(place ? { place } : {}), to, order: 'desc', limit: String(50), ...(index ? { offset: String(index * 50) } : {}) })}`;
    for (const place of [undefined, '', 'aleppo', 'ras-al-ain'])
      for (const index of [0, 1, 7])
        expect(eventsUrl({ place: place || undefined, to: '2024-12-01', order: 'desc', limit: 50, offset: index ? index * 50 : undefined })).toBe(before(place, '2024-12-01', index));
  });

  it('put the events parameters in one order whatever the order of the keys', () => {
    expect(eventsUrl({ offset: 10, limit: 5, order: 'asc', bbox: [30, 35, 40, 41], category: 'military', to: '2024-12-02', from: '2024-11-30', place: 'aleppo' })).toBe(
      '/api/events?place=aleppo&from=2024-11-30&to=2024-12-02&category=military&bbox=30%2C35%2C40%2C41&order=asc&limit=5&offset=10',
    );
  });

  it('write the oEmbed discovery link as before', () => {
    const pageUrl = 'http://localhost:3000/?place=aleppo&date=2024-12-01';
    expect(oembedUrl({ url: pageUrl, format: 'json' })).toBe(`/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`);
    expect(oembedUrl({ url: pageUrl, maxwidth: 600, maxheight: 400 })).toBe(`/api/oembed?url=${encodeURIComponent(pageUrl)}&maxwidth=600&maxheight=400`);
  });

  it('write every events query so that the route reads back the same query', () => {
    const day = fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2040-12-31') }).map((t) => new Date(t).toISOString().slice(0, 10));
    const lon = fc.double({ min: -180, max: 180, noNaN: true });
    const lat = fc.double({ min: -90, max: 90, noNaN: true });
    const query: fc.Arbitrary<EventsQuery> = fc
      .record(
        {
          place: fc.constantFrom('aleppo', 'damascus', 'ras-al-ain'),
          from: day,
          to: day,
          category: fc.constantFrom('military', 'diplomatic', 'humanitarian', 'political'),
          bbox: fc.tuple(lon, lat, lon, lat).map(([a, b, c, d]): [number, number, number, number] => [a, Math.min(b, d), c, Math.max(b, d)]),
          order: fc.constantFrom('asc', 'desc'),
          limit: fc.integer({ min: 1, max: 1000 }),
          offset: fc.integer({ min: 0, max: 100_000_000 }),
        },
        { requiredKeys: [] },
      )
      .filter((q) => !q.from || !q.to || q.from <= q.to);
    fc.assert(
      fc.property(query, (q) => {
        const parsed = parseQuery(eventsQuery, new URL(eventsUrl(q), 'http://localhost'));
        // -0 is written "0"; every other coordinate comes back exactly.
        expect(parsed).toEqual({ ...q, ...(q.bbox ? { bbox: q.bbox.map((n) => n + 0) } : {}) });
      }),
    );
  });
});

describe('the preloads', () => {
  it('ask for the URLs the hooks fetch, so the browser serves the hooks from its preload cache', () => {
    const span = { start: '2024-11-25', end: '2024-12-02' };
    const histogram = histogramUrl({ from: span.start, to: span.end, unit: 'day' });
    for (const [searchParams, date, from] of [[{}, '2024-12-02', undefined], [{ date: '2024-11-29' }, '2024-11-29', undefined], [{ from: '2024-11-27', date: '2024-11-29' }, '2024-11-29', '2024-11-27']] as const) {
      preload.mockClear();
      preloadModule.mockClear();
      preloadSituationData(span, searchParams, 'n0nce');
      expect(preload.mock.calls.map(([url]) => url)).toEqual([API_PATHS.places, placeCountsUrl({ from, to: date }), controlUrl(date), API_PATHS.flows, API_PATHS.itineraries, histogram]);
      // MapLibre's own module, with the nonce the page's CSP asks of scripts.
      expect(preloadModule.mock.calls).toEqual([[MAPLIBRE_MODULE_URL, { as: 'script', nonce: 'n0nce' }]]);
    }
  });
});

describe('exportUrl', () => {
  it('writes the filter in a fixed order, bbox in plain decimals, and the export route parses it back', () => {
    const url = exportUrl({ bbox: [35.5, 1e-7, 38.5, 37.5], to: '2024-12-01', place: 'aleppo', format: 'hxl' });
    expect(url).toBe('/api/export?format=hxl&place=aleppo&to=2024-12-01&bbox=35.5%2C0.0000001%2C38.5%2C37.5');
    expect(parseQuery(exportQuery, new URL(url, 'http://x'))).toEqual({ format: 'hxl', place: 'aleppo', to: '2024-12-01', bbox: [35.5, 1e-7, 38.5, 37.5] });
  });
});
