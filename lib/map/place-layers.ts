import type { CircleLayerSpecification, GeoJSONSourceSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { MAP_FONT } from './fonts';
import { MAP_THEMES, type MapTheme } from './style';

/**
 * Above this many places the map stops drawing one button per place and clusters them on the
 * canvas instead: a few dozen DOM markers are accessible and cheap, thousands are neither (the
 * overview's list and the panel stay the accessible way in).
 */
export const MARKER_LIMIT = 50;

export const PLACE_LAYER_IDS = {
  cluster: 'place-cluster',
  clusterCount: 'place-cluster-count',
  point: 'place-point',
  pointLabel: 'place-point-label',
  selected: 'place-selected',
  keepOut: 'place-keep-out',
} as const;

/** Colours of the clustered places; the browser tests read them back from the canvas. */
export const PLACE_COLORS: Record<MapTheme, { fill: string; stroke: string; text: string }> = {
  light: { fill: '#1f3147', stroke: '#ffffff', text: '#ffffff' },
  dark: { fill: '#dbe4ee', stroke: '#2c2d30', text: '#1f1d1a' },
};

/** `area`: the place is an area (a district, province, region or country), drawn as a hollow ring, not a town's dot. */
export type PlacePointProperties = { placeId: string; name: string; count: number; area: boolean };

/** The places with events by the timeline's day, as points to cluster: each carries its name and count. */
export function placePoints(
  places: { id: string; geometry: Point; properties: { name: string; names: Record<string, string>; kind?: string } }[],
  counts: Map<string, number>,
  lang: string,
): FeatureCollection<Point, PlacePointProperties> {
  const features = [];
  for (const p of places) {
    const count = counts.get(p.id) ?? 0;
    if (count > 0) features.push({ type: 'Feature' as const, geometry: p.geometry, properties: { placeId: p.id, name: p.properties.names[lang] ?? p.properties.name, count, area: p.properties.kind !== undefined } });
  }
  return { type: 'FeatureCollection', features };
}

/** The clustered source: clusters sum their places' event counts. */
export const placeSource = (data: FeatureCollection<Point, PlacePointProperties>): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data,
  cluster: true,
  clusterRadius: 48,
  clusterMaxZoom: 10,
  clusterProperties: { events: ['+', ['get', 'count']] },
});

const radiusBy = (value: unknown) => ['step', value, 9, 10, 12, 100, 16, 1000, 21, 10000, 27] as unknown as number;

export function placeLayers(theme: MapTheme, locale: string, selected: string | null) {
  const colors = PLACE_COLORS[theme];
  const cluster: CircleLayerSpecification = {
    id: PLACE_LAYER_IDS.cluster,
    type: 'circle',
    source: 'places',
    filter: ['has', 'point_count'],
    paint: { 'circle-color': colors.fill, 'circle-opacity': 0.85, 'circle-radius': radiusBy(['get', 'events']), 'circle-stroke-color': colors.stroke, 'circle-stroke-width': 2 },
  };
  const clusterCount: SymbolLayerSpecification = {
    id: PLACE_LAYER_IDS.clusterCount,
    type: 'symbol',
    source: 'places',
    filter: ['has', 'point_count'],
    layout: { 'text-field': ['number-format', ['get', 'events'], { locale }], 'text-font': [MAP_FONT], 'text-size': 12, 'text-allow-overlap': true },
    paint: { 'text-color': colors.text },
  };
  const point: CircleLayerSpecification = {
    id: PLACE_LAYER_IDS.point,
    type: 'circle',
    source: 'places',
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-color': colors.fill,
      // An area is a hollow ring in the place colour; a town a filled dot.
      'circle-opacity': ['case', ['get', 'area'], 0, 1] as unknown as number,
      'circle-radius': ['step', ['get', 'count'], 6, 10, 8, 100, 10] as unknown as number,
      'circle-stroke-color': ['case', ['get', 'area'], colors.fill, colors.stroke] as unknown as string,
      'circle-stroke-width': ['case', ['get', 'area'], 3, 2] as unknown as number,
    },
  };
  const pointLabel: SymbolLayerSpecification = {
    id: PLACE_LAYER_IDS.pointLabel,
    type: 'symbol',
    source: 'places',
    filter: ['!', ['has', 'point_count']],
    layout: {
      'text-field': ['concat', ['get', 'name'], ' · ', ['number-format', ['get', 'count'], { locale }]],
      'text-font': [MAP_FONT],
      'text-size': 12,
      'text-anchor': 'left',
      'text-offset': [1, 0],
      'text-optional': true,
    },
    paint: { 'text-color': MAP_THEMES[theme].label, 'text-halo-color': MAP_THEMES[theme].land, 'text-halo-width': 2 },
  };
  const ring: CircleLayerSpecification = {
    id: PLACE_LAYER_IDS.selected,
    type: 'circle',
    source: 'places',
    filter: ['==', ['get', 'placeId'], selected ?? ''],
    paint: { 'circle-color': 'rgba(0,0,0,0)', 'circle-radius': 12, 'circle-stroke-color': MAP_THEMES[theme].label, 'circle-stroke-width': 3 },
  };
  return [cluster, clusterCount, point, ring, pointLabel];
}

/**
 * The room each place's marker (a DOM button: dot, name, count) takes on the map, as an invisible
 * label on the canvas: MapLibre's labels (a flow's figure) are placed around it, not over a city's
 * name. Always placed, never drawn; its text stands for the marker's width.
 */
export function placeKeepOut(
  places: { id: string; geometry: Point; properties: { name: string; names: Record<string, string> } }[],
  lang: string,
): { source: GeoJSONSourceSpecification; layer: SymbolLayerSpecification } {
  return {
    source: { type: 'geojson', data: { type: 'FeatureCollection', features: places.map((p) => ({ type: 'Feature', geometry: p.geometry, properties: { text: `${p.properties.names[lang] ?? p.properties.name} ·  00` } })) } },
    layer: {
      id: PLACE_LAYER_IDS.keepOut,
      type: 'symbol',
      source: PLACE_LAYER_IDS.keepOut,
      layout: {
        'text-field': ['get', 'text'],
        'text-font': [MAP_FONT],
        'text-size': 16,
        'text-anchor': lang === 'ar' ? 'right' : 'left',
        'text-offset': [lang === 'ar' ? 0.5 : -0.5, 0],
        'text-allow-overlap': true,
        'text-ignore-placement': false,
        'text-padding': 4,
      },
      paint: { 'text-opacity': 0 },
    },
  };
}
