'use client';
import { createContext, useContext } from 'react';
import type { Layer, Marker, Source } from 'react-map-gl/maplibre';

/**
 * react-map-gl's parts as the map's own chunk holds them. Each kind's map layer (loaded in a chunk
 * of its own, lib/layers' registry) takes them from here rather than importing the package, which
 * the bundler copied into every such chunk (five copies, about 20 kB compressed of repeats).
 */
export type MapParts = { Layer: typeof Layer; Source: typeof Source; Marker: typeof Marker };

export const MapPartsContext = createContext<MapParts | null>(null);

/** The map's parts, for a layer drawn inside the map. */
export function useMapParts(): MapParts {
  const parts = useContext(MapPartsContext);
  if (!parts) throw new Error('a map layer is drawn inside the map (SituationMap gives it the parts)');
  return parts;
}
