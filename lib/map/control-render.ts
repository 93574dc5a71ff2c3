import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { ControlProperties } from '@/lib/data/control';

export type ControlRenderProperties = { areaId: string; actorId: string; status: string; changedHands: boolean; basis: string; approximate: boolean };

/** The flat properties the control layers draw with (MapLibre styles read top-level properties only). */
export function controlRenderCollection(collection: FeatureCollection<Polygon, ControlProperties>): FeatureCollection<Polygon, ControlRenderProperties> {
  return {
    type: 'FeatureCollection',
    features: collection.features.map(({ geometry, properties: p }) => ({
      type: 'Feature',
      geometry,
      properties: {
        areaId: p.areaId, actorId: p.actor.id, status: p.status, changedHands: p.changedHands, basis: p.basis,
        approximate: p.geometryPrecision === 'approximate outline',
      },
    })),
  };
}

/** One point per area at its place, for the low-zoom halo; areas whose place is unknown are skipped. */
export function controlPlaceCollection(
  collection: FeatureCollection<Polygon, ControlProperties>,
  placeCoordinates: Map<string, [number, number]>,
): FeatureCollection<Point, ControlRenderProperties> {
  const rendered = controlRenderCollection(collection).features;
  return {
    type: 'FeatureCollection',
    features: collection.features.flatMap((f, i) => {
      const coordinates = placeCoordinates.get(f.properties.placeId);
      return coordinates ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates }, properties: rendered[i].properties }] : [];
    }),
  };
}
