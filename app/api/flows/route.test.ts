import { describe, expect, it } from 'vitest';
import { GET } from './route';
import { GET as GET_ITINERARIES } from '../itineraries/route';

const flows = (q = '') => GET(new Request(`http://localhost/api/flows${q}`), undefined);
const itineraries = (q = '') => GET_ITINERARIES(new Request(`http://localhost/api/itineraries${q}`), undefined);

describe('GET /api/flows', () => {
  it('serves the refugee flow as a curved line from Syria to Turkey, keeping "up to" and the UN credit', async () => {
    const body = await (await flows()).json();
    const [flow] = body.features;
    expect(flow.id).toBe('syrian-refugees-in-turkey');
    expect(flow.geometry.type).toBe('LineString');
    expect(flow.geometry.coordinates.length).toBeGreaterThan(10);
    expect(flow.properties).toMatchObject({
      kind: 'refugees',
      origin: { kind: 'country', id: 'SY', name: 'Syria' },
      destination: { kind: 'country', id: 'TR', name: 'Turkey' },
      magnitude: { value: 3_200_000, qualifier: 'up to', text: 'up to 3.2 million' },
      label: 'up to 3.2 million Syrian refugees in Turkey (UN figures)',
    });
    expect(flow.properties.sources[0]).toMatchObject({ attribution: 'United Nations (UN) figures', publisher: 'Firstpost' });
    expect(flow.geometry.coordinates[0]).toEqual(flow.properties.origin.coordinates);
    expect(flow.geometry.coordinates.at(-1)).toEqual(flow.properties.destination.coordinates);
    expect(flow.properties.widthPx).toBeCloseTo(10.4, 1);
  });

  it('answers 400 to parameters it does not take, and is cacheable', async () => {
    expect((await flows('?kind=refugees')).status).toBe(400);
    expect((await flows()).headers.get('etag')).toMatch(/^W\//);
  });
});

describe('GET /api/itineraries', () => {
  it('serves the trip as a leg from Damascus to Ankara and two numbered, dated stops tied to their events', async () => {
    const body = await (await itineraries()).json();
    const legs = body.features.filter((f: { properties: { featureType: string } }) => f.properties.featureType === 'leg');
    const stops = body.features.filter((f: { properties: { featureType: string } }) => f.properties.featureType === 'stop');
    expect(legs).toHaveLength(1);
    expect(legs[0].geometry).toEqual({ type: 'LineString', coordinates: [[36.2765, 33.5138], [32.8597, 39.9334]] });
    expect(legs[0].properties).toMatchObject({ from: { placeId: 'damascus' }, to: { placeId: 'ankara' }, date: '2024-12-01', status: 'reported', eventIds: ['araghchi-arrives-ankara'] });
    expect(legs[0].properties.sources[0].quote).toContain('arrived later in the evening');
    // Ankara's stop is reported for 1 December; the talks on the 2nd are only expected.
    expect(stops.map((s: { properties: { number: number; placeId: string; date: string; dateEnd: string; expectedDates: string[] } }) => [s.properties.number, s.properties.placeId, s.properties.date, s.properties.dateEnd, s.properties.expectedDates])).toEqual([
      [1, 'damascus', '2024-12-01', '2024-12-01', []],
      [2, 'ankara', '2024-12-01', '2024-12-01', ['2024-12-02']],
    ]);
    expect(stops[1].properties.events.map((e: { status: string }) => e.status)).toEqual(['reported', 'expected', 'expected']);
  });
});
