import { describe, expect, it } from 'vitest';
import { parseViewState, viewStateSearch } from './view-state';

const parse = (s: string) => parseViewState(new URLSearchParams(s));

describe('parseViewState', () => {
  it('reads place, area, date and view', () => {
    expect(parse('place=aleppo&area=aleppo-city&date=2024-12-01&view=37.1,36.2,9.5&layers=flows,events')).toEqual({
      place: 'aleppo', area: 'aleppo-city', flow: null, date: '2024-12-01', view: { longitude: 37.1, latitude: 36.2, zoom: 9.5 }, layers: ['events', 'flows'], theme: null, legend: true,
    });
  });
  it('reads malformed values as absent', () => {
    expect(parse('place=<script>&date=2024-02-30&view=1,2&layers=tiles')).toEqual({ place: null, area: null, flow: null, date: null, view: null, layers: [], theme: null, legend: true });
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
