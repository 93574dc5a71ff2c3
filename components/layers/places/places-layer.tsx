'use client';
import { MARKER_LIMIT } from '@/lib/map/place-layers';
import type { MapLayerProps } from '../types';
import { PlaceClusterLayer } from './place-cluster-layer';
import { PlaceMarker } from './place-marker';

/** The places with their event counts: one accessible marker each, or, past MARKER_LIMIT, clusters on the canvas. */
export function PlacesLayer({ data: counts, scene: { places, selected, select, theme } }: MapLayerProps<Map<string, number>>) {
  if (places.length > MARKER_LIMIT) return <PlaceClusterLayer places={places} counts={counts} selectedPlace={selected.place} theme={theme} />;
  return places.map((place) => (
    <PlaceMarker key={place.id} place={place} count={counts.get(place.id) ?? 0} selected={place.id === selected.place} onSelect={(id) => select('place', id)} />
  ));
}
