import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { FlowProperties } from '@/lib/data/flows';
import type { LegProperties, StopProperties } from '@/lib/data/itineraries';
import { arrowhead, labelAnchor } from '@/lib/geo/flow-arc';

type FlowRef = { flowId: string };

/** The arrowheads and label points of flows, derived from their arcs. */
export function flowDecorations(flows: FeatureCollection<LineString, FlowProperties>) {
  const heads: FeatureCollection<Polygon, FlowRef> = {
    type: 'FeatureCollection',
    features: flows.features.map((f) => ({
      type: 'Feature',
      geometry: arrowhead(f.geometry, { lengthKm: 25 + f.properties.widthPx * 5, widthKm: 20 + f.properties.widthPx * 6 }),
      properties: { flowId: String(f.id) },
    })),
  };
  const labels: FeatureCollection<Point, FlowRef & { label: string }> = {
    type: 'FeatureCollection',
    features: flows.features.map((f) => ({ type: 'Feature', geometry: labelAnchor(f.geometry), properties: { flowId: String(f.id), label: f.properties.label } })),
  };
  return { heads, labels };
}

/** The flows with their id among the properties (MapLibre styles and clicks read properties). */
export function flowLines(flows: FeatureCollection<LineString, FlowProperties>): FeatureCollection<LineString, FlowRef & { widthPx: number }> {
  return {
    type: 'FeatureCollection',
    features: flows.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { flowId: String(f.id), widthPx: f.properties.widthPx } })),
  };
}

/** Itinerary features flattened for drawing: stops get their "1 · Sun 1 Dec" label. */
export function routeFeatures(
  itineraries: FeatureCollection<Point | LineString, StopProperties | LegProperties>,
  formatDay: (date: string) => string,
): FeatureCollection<Point | LineString, { featureType: string; placeId?: string; stopLabel?: string }> {
  return {
    type: 'FeatureCollection',
    features: itineraries.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties:
        f.properties.featureType === 'stop'
          ? { featureType: 'stop', placeId: f.properties.placeId, stopLabel: `${f.properties.number} · ${formatDay(f.properties.date)}${f.properties.dateEnd !== f.properties.date ? `–${formatDay(f.properties.dateEnd)}` : ''}` }
          : { featureType: 'leg' },
    })),
  };
}
