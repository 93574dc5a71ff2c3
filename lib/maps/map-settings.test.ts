import { describe, expect, it } from 'vitest';
import { mapSettings } from './map-settings';

const valid = { slug: 'damascus-dec-2024', title: 'Damascus', bbox: [35.9, 33.2, 36.7, 33.8], first: '2024-11-27', last: '2024-12-08', layers: ['events'], featured: 'araghchi-meets-assad' };
const fieldAtFault = (change: Record<string, unknown>) => {
  const parsed = mapSettings.safeParse({ ...valid, ...change });
  return parsed.success ? null : parsed.error.issues[0].path.join('.');
};

describe('mapSettings', () => {
  it('takes a map with a region, days, layers and a featured event', () => {
    expect(mapSettings.parse(valid)).toEqual(valid);
  });

  it('takes a map without days or a featured event', () => {
    expect(fieldAtFault({ first: null, last: null, featured: null })).toBeNull();
  });

  it('refuses a slug with capitals, spaces or a slash', () => {
    for (const slug of ['Damascus', 'dam ascus', 'a/b', '-a', '']) expect(fieldAtFault({ slug }), slug).toBe('slug');
  });

  it('refuses a region out of range or with a min not below its max', () => {
    expect(fieldAtFault({ bbox: [190, 33, 36, 34] })).toBe('bbox.0');
    expect(fieldAtFault({ bbox: [36.7, 33.2, 35.9, 33.8] })).toBe('bbox');
    expect(fieldAtFault({ bbox: [35, 33] })).toBe('bbox');
  });

  it('refuses days not written YYYY-MM-DD, and a last day before the first', () => {
    expect(fieldAtFault({ first: '27/11/2024' })).toBe('first');
    expect(fieldAtFault({ last: '2024-02-30' })).toBe('last');
    expect(fieldAtFault({ first: '2024-12-09' })).toBe('last');
  });

  it('refuses layers outside the registry, and none at all', () => {
    expect(fieldAtFault({ layers: ['events', 'weather'] })).toBe('layers.1');
    expect(fieldAtFault({ layers: [] })).toBe('layers');
  });

  it('refuses fields it does not know', () => {
    expect(fieldAtFault({ colour: 'red' })).toBe('');
  });
});
