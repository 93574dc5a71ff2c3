import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, periodEnd } from '@/lib/dates/period';
import { inBbox } from '@/lib/geo/in-bbox';
import type { EventRecord } from '@/lib/schemas/event';
import type { PlaceRecord } from '@/lib/schemas/place';
import { buildEventIndex, findEvents, type EventFilter } from './event-index';

const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const place = (i: number) =>
  fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })).map(
    ([lon, lat]): PlaceRecord => ({ id: `p${i}`, name: `P${i}`, names: {}, country: 'SY', countryName: 'Syria', coordinates: [lon, lat] }),
  );
const dataset = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(
    fc.tuple(...Array.from({ length: n }, (_, i) => place(i))),
    fc.array(
      fc.record({ place: fc.integer({ min: 0, max: n - 1 }), date: day, precision: fc.constantFrom('day', 'week', 'month', 'year'), category: fc.constantFrom('military', 'diplomatic', 'humanitarian', 'political') }),
      { maxLength: 60 },
    ),
  ),
);
const filter = (n: number) =>
  fc.record(
    {
      place: fc.integer({ min: 0, max: n }).map((i) => `p${i}`),
      from: day,
      to: day,
      category: fc.constantFrom('military', 'diplomatic'),
      bbox: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })).map(([a, b, c, d]) => [a, Math.min(b, d), c, Math.max(b, d)] as const),
    },
    { requiredKeys: [] },
  );

/** The plain scan the index must agree with. */
function scan(places: PlaceRecord[], events: EventRecord[], f: EventFilter): string[] {
  const at = new Map(places.map((p) => [p.id, p.coordinates]));
  return events
    .filter((e) => (!f.place || e.placeId === f.place) && (!f.category || e.category === f.category))
    .filter((e) => overlaps(e.date, periodEnd(e.date, e.datePrecision), f.from, f.to))
    .filter((e) => !f.bbox || inBbox(at.get(e.placeId)!, f.bbox))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => e.id);
}

describe('findEvents', () => {
  it('returns exactly what a scan of every event returns, for any places, events and filter', () => {
    fc.assert(
      fc.property(dataset.chain(([places, raw]) => fc.tuple(fc.constant(places), fc.constant(raw), filter(places.length))), ([places, raw, f]) => {
        const events = raw.map((r, i) => ({
          id: `e${String(i).padStart(3, '0')}`, date: r.date, datePrecision: r.precision, dateText: 'x', placeId: `p${r.place}`, category: r.category,
          actors: [], status: 'reported', title: 't', summary: 's', sources: [{ sourceId: 's', quote: 'a quote long enough' }],
        })) as EventRecord[];
        expect(findEvents(buildEventIndex(places, events), f).map((e) => e.id)).toEqual(scan(places, events, f));
      }),
      { numRuns: 1500, seed: 20241202 },
    );
  });
});
