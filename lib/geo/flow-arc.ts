import { along, bearing, destination, length } from '@turf/turf';
import type { LineString, Point, Polygon } from 'geojson';

type LonLat = [number, number];

/** Turf measures features: a line as one. */
const asFeature = (line: LineString) => ({ type: 'Feature' as const, geometry: line, properties: {} });

/**
 * A smooth arc from `from` to `to`: a quadratic Bézier curve in a local equirectangular plane,
 * bowed to the left of the direction of travel by `bend` times the distance (to the right when
 * `bend` is negative). The destination's
 * longitude is unwrapped so that the arc always takes the short way, across the antimeridian if
 * need be (MapLibre draws longitudes beyond ±180 on the next world copy).
 */
export function flowArc(from: LonLat, to: LonLat, { bend = 0.25, steps = 48 } = {}): LineString {
  let toLon = to[0];
  while (toLon - from[0] > 180) toLon -= 360;
  while (from[0] - toLon > 180) toLon += 360;
  const k = Math.cos((((from[1] + to[1]) / 2) * Math.PI) / 180);
  const [x0, y0, x1, y1] = [from[0] * k, from[1], toLon * k, to[1]];
  const [dx, dy] = [x1 - x0, y1 - y0];
  const [cx, cy] = [(x0 + x1) / 2 - dy * bend, (y0 + y1) / 2 + dx * bend];
  const coordinates: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1;
    const y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1;
    coordinates.push([x / k, y]);
  }
  coordinates[0] = [from[0], from[1]];
  coordinates[steps] = [toLon, to[1]];
  return { type: 'LineString', coordinates };
}

/** The point halfway along a line, where its label goes. */
export function labelAnchor(line: LineString): Point {
  return along(line, length(asFeature(line)) / 2).geometry;
}

/** The point a fraction of the way along a line (0 at its start, 1 at its end). */
export function pointAlong(line: LineString, fraction: number): Point {
  return along(line, length(asFeature(line)) * fraction).geometry;
}

/** A triangular arrowhead whose tip is the line's end, pointing the way the line arrives. */
export function arrowhead(line: LineString, { lengthKm = 40, widthKm = 50 } = {}): Polygon {
  const tip = line.coordinates[line.coordinates.length - 1];
  const total = length(asFeature(line));
  const base = along(line, Math.max(0, total - lengthKm)).geometry.coordinates;
  const heading = bearing(base, tip);
  const left = destination(base, widthKm / 2, heading - 90).geometry.coordinates;
  const right = destination(base, widthKm / 2, heading + 90).geometry.coordinates;
  return { type: 'Polygon', coordinates: [[tip, left, right, tip]] };
}

/**
 * A flow's line width in pixels: 1.5 px plus 10 px times the square root of the magnitude over
 * four million, so that the drawn area grows with the number of people (4 million: 11.5 px;
 * 1 million: 6.5 px; 100,000: 3.1 px; 10,000: 2 px), capped at 16 px.
 */
export function flowWidthPx(magnitude: number): number {
  return Math.min(16, 1.5 + 10 * Math.sqrt(Math.max(0, magnitude) / 4_000_000));
}

/** The magnitudes the legend shows the widths of. */
export const FLOW_LEGEND_MAGNITUDES = [100_000, 1_000_000, 4_000_000];
