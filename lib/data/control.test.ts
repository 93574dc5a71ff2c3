import { describe, expect, it } from 'vitest';
import { storeWithHistory } from '@/tests/fixtures/control-history';
import { storeFrom } from '@/tests/fixtures/data-files';
import { controlAreasAt, controlChanges } from './control';

const store = await storeFrom();
const data = await store.situation();
const history = await (await storeWithHistory()).situation();
const holderAt = (date: string, area = 'aleppo-city', d = data) => controlAreasAt(d, date).features.find((f) => f.id === area)?.properties;

describe('controlAreasAt', () => {
  it('has the government holding Aleppo the day before the capture, as an inference', () => {
    expect(holderAt('2024-11-29')).toMatchObject({ actor: { id: 'syrian-government' }, status: 'controlled', basis: 'inferred', changedHands: false });
    expect(holderAt('2024-11-29')!.inference).toMatch(/implies/);
  });

  it('has the opposition holding much of Aleppo from the day of the capture, and flags the change on that day only', () => {
    expect(holderAt('2024-11-30')).toMatchObject({ actor: { id: 'syrian-opposition' }, status: 'captured', extent: 'much of the city', changedHands: true });
    expect(holderAt('2024-12-01')).toMatchObject({ actor: { id: 'syrian-opposition' }, changedHands: false });
  });

  it('holds a period with no start on every day before the next one (the route keeps asks within the data span)', () => {
    expect(holderAt('2024-11-25')).toMatchObject({ actor: { id: 'syrian-government' }, since: undefined });
  });

  it('follows an area through several changes of hands, each boundary day going to the new holder', () => {
    const at = (date: string) => holderAt(date, 'north-test', history);
    expect(at('2024-12-04')).toMatchObject({ actor: { id: 'syrian-government' }, status: 'controlled' });
    expect(at('2024-12-05')).toMatchObject({ actor: { id: 'syrian-opposition' }, status: 'captured', changedHands: true });
    expect(at('2024-12-08')).toMatchObject({ status: 'contested', since: { precision: 'week' } });
    expect(at('2024-12-19')).toMatchObject({ status: 'contested', until: { date: '2024-12-20' } });
    expect(at('2024-12-20')).toMatchObject({ actor: { id: 'syrian-government' }, until: undefined });
    expect(at('2030-01-01')).toMatchObject({ actor: { id: 'syrian-government' } });
    expect(at('2024-12-20')!.history.map((p) => p.id)).toEqual(['test-1', 'test-2', 'test-3', 'test-4']);
  });

  it('gives each area its geometry, its precision note and its measured area', () => {
    const aleppo = controlAreasAt(data, '2024-12-01').features[0];
    expect(aleppo.geometry.type).toBe('Polygon');
    expect(aleppo.properties).toMatchObject({ geometryPrecision: 'approximate outline', areaKm2: 201 });
    expect(aleppo.properties.sources[0]).toMatchObject({ publisher: 'Firstpost', quote: expect.stringContaining('much of Aleppo') });
  });
});

describe('controlChanges', () => {
  it('finds Aleppo changing hands on 30 November with the actors before and after and the area in km²', () => {
    const [change, ...rest] = controlChanges(data, '2024-11-29', '2024-12-01').features;
    expect(rest).toEqual([]);
    expect(change.properties).toMatchObject({
      areaId: 'aleppo-city', date: '2024-11-30', datePrecision: 'day',
      before: { id: 'syrian-government', status: 'controlled' },
      after: { id: 'syrian-opposition', status: 'captured', extent: 'much of the city' },
      areaKm2: 201,
    });
  });

  it('includes changes on both boundary days and none outside', () => {
    expect(controlChanges(data, '2024-11-30', '2024-11-30').features).toHaveLength(1);
    expect(controlChanges(data, '2024-12-01', '2024-12-31').features).toHaveLength(0);
    expect(controlChanges(data, '2024-11-01', '2024-11-29').features).toHaveLength(0);
  });

  it('lists every change of a much-contested area in date order', () => {
    const changes = controlChanges(history, '2024-12-01', '2024-12-31').features.filter((f) => f.properties.areaId === 'north-test');
    expect(changes.map((c) => [c.properties.date, c.properties.before?.status, c.properties.after.status])).toEqual([
      ['2024-12-05', 'controlled', 'captured'],
      ['2024-12-08', 'captured', 'contested'],
      ['2024-12-20', 'contested', 'controlled'],
    ]);
    expect(changes[0].properties.areaKm2).toBeGreaterThan(9_000);
  });
});

describe('the timeline span', () => {
  it('runs from the first day of "last week" to the day of the expected talks', async () => {
    expect(await store.span()).toEqual({ start: '2024-11-25', end: '2024-12-02' });
  });
});
