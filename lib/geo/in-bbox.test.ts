import { describe, expect, it } from 'vitest';
import { inBbox } from './in-bbox';

describe('inBbox', () => {
  it('includes points on the edges', () => expect(inBbox([30, 38], [30, 38, 35, 41])).toBe(true));
  it('excludes points outside in latitude or longitude', () => {
    expect(inBbox([36, 39], [30, 38, 35, 41])).toBe(false);
    expect(inBbox([32, 37], [30, 38, 35, 41])).toBe(false);
  });
  it('handles a box across the antimeridian', () => {
    expect(inBbox([179, 0], [170, -10, -170, 10])).toBe(true);
    expect(inBbox([-175, 0], [170, -10, -170, 10])).toBe(true);
    expect(inBbox([0, 0], [170, -10, -170, 10])).toBe(false);
  });
});
