import { area, circle, pointOnFeature } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { AreaOutline } from '@/lib/schemas/control';

/** An area's outline as a GeoJSON Polygon: a circle is drawn (64 sides) around `center`. */
export function outlinePolygon(outline: AreaOutline, center: [number, number]): Polygon {
  if (outline.kind === 'polygon') return { type: 'Polygon', coordinates: outline.coordinates };
  return circle(center, outline.radiusKm, { steps: 64, units: 'kilometers' }).geometry;
}

/** The area of a polygon in km², on the WGS84 ellipsoid's mean radius, rounded to whole km². */
export function areaKm2(polygon: Polygon): number {
  return Math.round(area(polygon) / 1e6);
}

/** A point inside a polygon to anchor its label and place at: its centroid when that falls inside, else a point on its surface. */
export function polygonAnchor(polygon: Polygon): [number, number] {
  return pointOnFeature(polygon).geometry.coordinates as [number, number];
}
