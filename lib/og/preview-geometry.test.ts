import { describe, expect, it } from 'vitest';
import { fitMercator, svgPath } from './preview-geometry';

describe('fitMercator', () => {
  it('puts the bounds\' centre at the picture\'s centre and keeps them inside', () => {
    const project = fitMercator([[30, 32], [40, 41]], 1200, 630);
    const [x, y] = project([35, 36.56]);
    expect(Math.abs(x - 600)).toBeLessThan(1);
    expect(Math.abs(y - 315)).toBeLessThan(15);
    for (const corner of [[30, 32], [40, 41]] as [number, number][]) {
      const [cx, cy] = project(corner);
      expect(cx).toBeGreaterThanOrEqual(-0.01);
      expect(cx).toBeLessThanOrEqual(1200.01);
      expect(cy).toBeGreaterThanOrEqual(-0.01);
      expect(cy).toBeLessThanOrEqual(630.01);
    }
  });

  it('draws north up: a northern point lies above a southern one', () => {
    const project = fitMercator([[30, 32], [40, 41]], 1200, 630);
    expect(project([35, 40])[1]).toBeLessThan(project([35, 33])[1]);
  });
});

describe('svgPath', () => {
  it('draws each ring of polygons and multipolygons as a closed subpath', () => {
    const square = [[[0, 0], [1, 0], [1, 1], [0, 0]]];
    const d = svgPath(
      [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square } },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [square, square] } },
      ],
      ([x, y]) => [x * 10, y * 10],
    );
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.match(/Z/g)).toHaveLength(3);
    expect(d.startsWith('M0.0 0.0L10.0 0.0L10.0 10.0L0.0 0.0Z')).toBe(true);
  });
});
