import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, distance } from '@turf/turf';
import { arrowhead, flowArc, flowWidthPx, labelAnchor, pointAlong } from './flow-arc';

const SYRIA: [number, number] = [38.5, 35.0];
const TURKEY: [number, number] = [35.2, 39.0];

describe('flowArc', () => {
  const arc = flowArc(SYRIA, TURKEY);

  it('starts and ends exactly at its places', () => {
    expect(arc.coordinates[0]).toEqual(SYRIA);
    expect(arc.coordinates[arc.coordinates.length - 1]).toEqual(TURKEY);
  });

  it('bows away from the straight line, to the left of travel', () => {
    const mid = pointAlong(arc, 0.5).coordinates;
    const straightMid: [number, number] = [(SYRIA[0] + TURKEY[0]) / 2, (SYRIA[1] + TURKEY[1]) / 2];
    expect(distance(mid, straightMid)).toBeGreaterThan(50);
    // Travelling north-west, left is south-west: the arc's middle lies west of the straight line's.
    expect(mid[0]).toBeLessThan(straightMid[0]);
  });

  it('is smooth: no step turns by more than a few degrees', () => {
    const c = arc.coordinates;
    const heading = (a: number[], b: number[]) => Math.atan2(b[1] - a[1], b[0] - a[0]);
    for (let i = 2; i < c.length; i++) {
      const turn = Math.abs(heading(c[i - 1], c[i]) - heading(c[i - 2], c[i - 1]));
      expect(turn).toBeLessThan(0.1);
    }
  });

  it('crosses the antimeridian the short way, staying on its side of the dateline', () => {
    const pacific = flowArc([170, -10], [-170, -12]);
    const lons = pacific.coordinates.map(([lon]) => lon);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(169);
    expect(Math.max(...lons)).toBeLessThanOrEqual(191);
    expect(pacific.coordinates[pacific.coordinates.length - 1]).toEqual([190, -12]);
    const westward = flowArc([-170, 5], [170, 5]).coordinates.map(([lon]) => lon);
    expect(Math.max(...westward)).toBeLessThanOrEqual(-169);
    expect(Math.min(...westward)).toBeGreaterThanOrEqual(-191);
  });

  it('does not change its inputs', () => {
    const from: [number, number] = [170, 0];
    const to: [number, number] = [-170, 0];
    flowArc(from, to);
    expect([from, to]).toEqual([[170, 0], [-170, 0]]);
  });
});

describe('arrowhead', () => {
  it('puts its tip on the arc end and its body behind it, on the arc', () => {
    const arc = flowArc(SYRIA, TURKEY);
    const head = arrowhead(arc);
    expect(head.coordinates[0][0]).toEqual(TURKEY);
    expect(booleanPointInPolygon(pointAlong(arc, 0.995), { type: 'Feature', geometry: head, properties: {} })).toBe(true);
    expect(booleanPointInPolygon(pointAlong(arc, 0.5), { type: 'Feature', geometry: head, properties: {} })).toBe(false);
  });
});

describe('labelAnchor', () => {
  it('lies halfway along the arc', () => {
    const arc = flowArc(SYRIA, TURKEY);
    const anchor = labelAnchor(arc).coordinates;
    expect(distance(anchor, SYRIA)).toBeCloseTo(distance(anchor, TURKEY), -1);
  });
});

describe('flowWidthPx', () => {
  it('grows monotonically with magnitude', () => {
    const magnitudes = [0, 1, 1_000, 10_000, 100_000, 1_000_000, 3_200_000, 4_000_000, 10_000_000];
    const widths = magnitudes.map(flowWidthPx);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThanOrEqual(widths[i - 1]);
    expect(flowWidthPx(1_000_000)).toBeGreaterThan(flowWidthPx(100_000));
  });

  it('follows its documented values and cap', () => {
    expect(flowWidthPx(4_000_000)).toBeCloseTo(11.5);
    expect(flowWidthPx(1_000_000)).toBeCloseTo(6.5);
    expect(flowWidthPx(100_000)).toBeCloseTo(3.08, 2);
    expect(flowWidthPx(1e9)).toBe(16);
  });
});
