import { describe, expect, it } from 'vitest';
import { parseViewState, viewStateSearch } from './view-state';

describe('parseViewState', () => {
  it('reads the place', () => expect(parseViewState(new URLSearchParams('place=aleppo'))).toEqual({ place: 'aleppo' }));
  it('reads a malformed place as none', () => expect(parseViewState(new URLSearchParams('place=<script>'))).toEqual({ place: null }));
});

describe('viewStateSearch', () => {
  it('sets the place and keeps parameters it does not own', () => {
    expect(viewStateSearch(new URLSearchParams('date=2024-12-01'), { place: 'ankara' })).toBe('?date=2024-12-01&place=ankara');
  });
  it('removes the place, leaving an empty search', () => {
    expect(viewStateSearch(new URLSearchParams('place=ankara'), { place: null })).toBe('');
  });
});
