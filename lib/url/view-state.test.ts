import { describe, expect, it } from 'vitest';
import { parseViewState, shownSpan, viewStateSearch, withMapDefaults } from './view-state';

const parse = (s: string) => parseViewState(new URLSearchParams(s));

describe('parseViewState', () => {
  it('reads place, area, date and view', () => {
    expect(parse('place=aleppo&area=aleppo-city&date=2024-12-01&view=37.1,36.2,9.5&layers=flows,events')).toEqual({
      place: 'aleppo', area: 'aleppo-city', flow: null, date: '2024-12-01', from: null, view: { longitude: 37.1, latitude: 36.2, zoom: 9.5 }, layers: ['events', 'flows'], theme: null, legend: true,
    });
  });
  it('reads malformed values as absent', () => {
    expect(parse('place=<script>&date=2024-02-30&view=1,2&layers=tiles')).toEqual({ place: null, area: null, flow: null, date: null, from: null, view: null, layers: [], theme: null, legend: true });
    expect(parse('view=200,0,5').view).toBeNull();
    expect(parse('view=a,b,c').view).toBeNull();
    expect(parse('view=,,').view).toBeNull();
    expect(parse('view=0x10,30,5').view).toBeNull();
  });
});

describe('theme and legend in the URL', () => {
  it('reads theme=dark and legend=off, and anything else as the defaults', () => {
    expect(parse('theme=dark&legend=off')).toMatchObject({ theme: 'dark', legend: false });
    expect(parse('theme=neon&legend=maybe')).toMatchObject({ theme: null, legend: true });
  });
});

describe('layers in the URL', () => {
  it('shows every layer when none is named', () => expect(parse('').layers).toEqual(['events', 'control', 'flows', 'routes']));
  it('writes all layers as no parameter, and a subset in the fixed order', () => {
    expect(viewStateSearch(new URLSearchParams('layers=flows'), { layers: ['events', 'control', 'flows', 'routes'] })).toBe('');
    expect(viewStateSearch(new URLSearchParams(''), { layers: ['events', 'flows'] })).toBe('?layers=events,flows');
    expect(viewStateSearch(new URLSearchParams(''), { layers: [] })).toBe('?layers=');
  });
});

describe('viewStateSearch', () => {
  it('sets what changes and keeps parameters it does not own', () => {
    expect(viewStateSearch(new URLSearchParams('date=2024-12-01&theme=dark'), { place: 'ankara' })).toBe('?date=2024-12-01&theme=dark&place=ankara');
  });
  it('removes what is set to null, leaving an empty search', () => {
    expect(viewStateSearch(new URLSearchParams('place=ankara'), { place: null })).toBe('');
  });
  it('writes a view with readable commas and bounded decimals', () => {
    expect(viewStateSearch(new URLSearchParams(''), { view: { longitude: 37.13431234, latitude: 36.2, zoom: 10 } })).toBe('?view=37.1343,36.2000,10.00');
  });
});

describe('a span in the URL', () => {
  const span = { start: '2011-01-01', end: '2022-12-31' };
  it('round-trips from and date, keeping other parameters', () => {
    const search = viewStateSearch(new URLSearchParams('place=aleppo'), { from: '2013-02-01', date: '2014-06-30' });
    expect(search).toBe('?place=aleppo&from=2013-02-01&date=2014-06-30');
    expect(parse(search.slice(1))).toMatchObject({ place: 'aleppo', from: '2013-02-01', date: '2014-06-30' });
    expect(shownSpan(span, '2013-02-01', '2014-06-30')).toEqual({ from: '2013-02-01', to: '2014-06-30' });
  });
  it('goes back to "up to a day" by dropping from, and old links (date alone) read as that', () => {
    expect(viewStateSearch(new URLSearchParams('from=2013-02-01&date=2014-06-30'), { from: null })).toBe('?date=2014-06-30');
    expect(parse('date=2014-06-30').from).toBeNull();
    expect(shownSpan(span, null, '2014-06-30')).toBeNull();
  });
  it('reads a malformed from as absent, one after the day as no span, and clamps one before the data', () => {
    expect(parse('from=2013-02-30').from).toBeNull();
    expect(shownSpan(span, '2015-01-01', '2014-06-30')).toBeNull();
    expect(shownSpan(span, '1999-01-01', null)).toEqual({ from: '2011-01-01', to: '2022-12-31' });
  });
});

describe('withMapDefaults', () => {
  const defaults = 'layers=events&from=2024-11-30&date=2024-12-02&place=damascus';
  it('fills in what the reader\'s URL does not set', () => {
    expect(withMapDefaults(new URLSearchParams(''), defaults).toString()).toBe(new URLSearchParams(defaults).toString());
  });
  it('lets the reader\'s own parameters win', () => {
    expect(withMapDefaults(new URLSearchParams('layers=events,control'), defaults).get('layers')).toBe('events,control');
  });
  it('leaves the featured place out when the reader selected something', () => {
    expect(withMapDefaults(new URLSearchParams('area=aleppo-city'), defaults).has('place')).toBe(false);
  });
});
