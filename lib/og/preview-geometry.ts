import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** A Web Mercator projection of `bounds` ([[w, s], [e, n]]) into a width × height picture, centred, the bounds fitted inside. */
export function fitMercator(bounds: [[number, number], [number, number]], width: number, height: number, margin = 0) {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const [[w, s], [e, n]] = bounds;
  const x0 = (w * Math.PI) / 180;
  const x1 = (e * Math.PI) / 180;
  const scale = Math.min((width - 2 * margin) / (x1 - x0), (height - 2 * margin) / (y(n) - y(s)));
  const cx = (x0 + x1) / 2;
  const cy = (y(s) + y(n)) / 2;
  return ([lon, lat]: [number, number]): [number, number] => [width / 2 + ((lon * Math.PI) / 180 - cx) * scale, height / 2 - (y(lat) - cy) * scale];
}

/** One SVG path (`d`) for the polygons' rings, projected, to one decimal. */
export function svgPath(features: Feature<Polygon | MultiPolygon>[], project: (p: [number, number]) => [number, number]): string {
  const rings = features.flatMap(({ geometry }) => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()));
  return rings
    .map((ring) => ring.map((p, i) => `${i ? 'L' : 'M'}${project(p as [number, number]).map((v) => v.toFixed(1)).join(' ')}`).join('') + 'Z')
    .join('');
}
