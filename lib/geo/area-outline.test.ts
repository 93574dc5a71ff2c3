import { describe, expect, it } from 'vitest';
import { areaKm2, outlinePolygon } from './area-outline';

describe('areaKm2', () => {
  it('measures a 1° by 1° square at the equator as about 12,364 km²', () => {
    const square = outlinePolygon({ kind: 'polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }, [0, 0]);
    expect(areaKm2(square)).toBeGreaterThan(12_300);
    expect(areaKm2(square)).toBeLessThan(12_420);
  });

  it('measures the same square at 60° N as about half as large', () => {
    const north = outlinePolygon({ kind: 'polygon', coordinates: [[[0, 60], [1, 60], [1, 61], [0, 61], [0, 60]]] }, [0, 60]);
    expect(areaKm2(north) / 12_364).toBeGreaterThan(0.48);
    expect(areaKm2(north) / 12_364).toBeLessThan(0.5);
  });
});

describe('outlinePolygon', () => {
  it('draws a circle of radius r whose area is close to πr² (a 64-gon is 0.16% smaller)', () => {
    const polygon = outlinePolygon({ kind: 'circle', radiusKm: 8 }, [37.1343, 36.2021]);
    expect(polygon.coordinates[0]).toHaveLength(65);
    expect(areaKm2(polygon)).toBeGreaterThanOrEqual(199);
    expect(areaKm2(polygon)).toBeLessThanOrEqual(201);
  });

  it('closes the ring and centres it on the place', () => {
    const [ring] = outlinePolygon({ kind: 'circle', radiusKm: 8 }, [37.1343, 36.2021]).coordinates;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    const meanLon = ring.slice(1).reduce((s, [x]) => s + x, 0) / 64;
    expect(meanLon).toBeCloseTo(37.1343, 3);
  });
});
