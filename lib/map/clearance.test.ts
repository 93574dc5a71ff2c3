import { describe, expect, it } from 'vitest';
import { inFreePart, NO_PADDING, paddingForCover } from './clearance';

const map = { left: 0, top: 0, width: 400, height: 264 };

describe('paddingForCover', () => {
  it('pads the bottom under a bottom sheet', () => {
    expect(paddingForCover(map, { left: 0, top: 160, width: 400, height: 104 })).toEqual({ ...NO_PADDING, bottom: 104 });
  });

  it('pads the side a side sheet sits on (right in left-to-right, left in right-to-left)', () => {
    expect(paddingForCover({ ...map, width: 800 }, { left: 430, top: 10, width: 360, height: 244 })).toEqual({ ...NO_PADDING, right: 370 });
    expect(paddingForCover({ ...map, width: 800 }, { left: 10, top: 10, width: 360, height: 244 })).toEqual({ ...NO_PADDING, left: 370 });
  });

  it('measures from the map, wherever the map sits in the page', () => {
    expect(paddingForCover({ left: 20, top: 50, width: 400, height: 264 }, { left: 20, top: 250, width: 400, height: 64 })).toEqual({ ...NO_PADDING, bottom: 64 });
  });

  it('pads nothing without a sheet', () => {
    expect(paddingForCover(map, null)).toEqual(NO_PADDING);
    expect(paddingForCover(map, { left: 0, top: 0, width: 0, height: 0 })).toEqual(NO_PADDING);
  });
});

describe('inFreePart', () => {
  const size = { width: 400, height: 264 };
  const padding = { ...NO_PADDING, bottom: 104 };
  it('holds a point above a bottom sheet, margin inside', () => {
    expect(inFreePart({ x: 200, y: 80 }, size, padding, 20)).toBe(true);
  });
  it('refuses a point under the sheet or too near an edge', () => {
    expect(inFreePart({ x: 200, y: 200 }, size, padding, 20)).toBe(false);
    expect(inFreePart({ x: 200, y: 150 }, size, padding, 20)).toBe(false);
    expect(inFreePart({ x: 5, y: 80 }, size, padding, 20)).toBe(false);
  });
});
