import { area, bboxClip, booleanPointInPolygon, centerOfMass, pointOnFeature, truncate } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

export type Bbox = [number, number, number, number];
export type CountryProperties = { id: string; name: string };
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;
export type LabelProperties = CountryProperties & { areaKm2: number };

const ringCount = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? g.coordinates.length : g.coordinates.flat().length);

/** Countries clipped to a box, dropping those outside it; coordinates kept to `decimals` places. */
export function clipCountries(countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>, box: Bbox, decimals = 3): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const features: CountryFeature[] = [];
  for (const country of countries.features) {
    const clipped = bboxClip(country, box) as Feature<Polygon | MultiPolygon>;
    const rings = clipped.geometry.type === 'Polygon'
      ? clipped.geometry.coordinates.filter((r) => r.length >= 4)
      : null;
    const geometry: Polygon | MultiPolygon = rings
      ? { type: 'Polygon', coordinates: rings }
      : { type: 'MultiPolygon', coordinates: (clipped.geometry as MultiPolygon).coordinates.map((p) => p.filter((r) => r.length >= 4)).filter((p) => p.length > 0) };
    if (ringCount(geometry) === 0) continue;
    const id = String(country.id ?? country.properties.name);
    features.push(truncate({ type: 'Feature', id, geometry, properties: { id, name: country.properties.name } }, { precision: decimals }));
  }
  return { type: 'FeatureCollection', features };
}

/** Lines clipped to a box, dropping empty parts. */
export function clipLines(lines: Feature<MultiLineString | LineString>, box: Bbox, decimals = 3): Feature<MultiLineString> {
  const clipped = bboxClip(lines, box) as Feature<MultiLineString | LineString>;
  const parts = clipped.geometry.type === 'LineString' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
  const geometry: MultiLineString = { type: 'MultiLineString', coordinates: parts.filter((p) => p.length >= 2) };
  return truncate({ type: 'Feature', geometry, properties: {} }, { precision: decimals });
}

/** The largest polygon of a (multi)polygon. */
function largestPart(geometry: Polygon | MultiPolygon): Feature<Polygon> {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const features = parts.map((coordinates) => ({ type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates }, properties: {} }));
  return features.reduce((a, b) => (area(b) > area(a) ? b : a));
}

/** One label point per country: the centre of mass of its largest part, or a point surely inside it. */
export function countryLabelPoints(countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>, decimals = 3): FeatureCollection<Point, LabelProperties> {
  const features = countries.features.map((country) => {
    const part = largestPart(country.geometry);
    const centre = centerOfMass(part);
    const point = booleanPointInPolygon(centre, part) ? centre : pointOnFeature(part);
    const properties = { ...country.properties, areaKm2: Math.round(area(country) / 1e6) };
    return truncate({ type: 'Feature' as const, id: country.properties.id, geometry: point.geometry, properties }, { precision: decimals });
  });
  return { type: 'FeatureCollection', features };
}
