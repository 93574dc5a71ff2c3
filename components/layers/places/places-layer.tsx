'use client';
import { useMemo } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { useMapParts } from '@/components/map/map-parts';
import type { PlaceFeature } from '@/lib/data/features';
import { MARKER_LIMIT, PLACE_LAYER_IDS, placeKeepOut } from '@/lib/map/place-layers';
import type { MapLayerProps } from '../types';
import { PlaceClusterLayer } from './place-cluster-layer';
import { PlaceMarker } from './place-marker';

/** The places with their event counts: one accessible marker each, or, past MARKER_LIMIT, clusters on the canvas. */
export function PlacesLayer({ data: counts, scene: { places, selected, select, theme } }: MapLayerProps<Map<string, number>>) {
  if (places.length > MARKER_LIMIT) return <PlaceClusterLayer places={places} counts={counts} selectedPlace={selected.place} theme={theme} />;
  return (
    <>
      <MarkerRoom places={places} />
      {places.map((place) => (
        <PlaceMarker key={place.id} place={place} count={counts.get(place.id) ?? 0} selected={place.id === selected.place} onSelect={(id) => select('place', id)} />
      ))}
    </>
  );
}

/** The markers' room on the canvas, so that the map's own labels are placed around them. */
function MarkerRoom({ places }: { places: PlaceFeature[] }) {
  const { Layer, Source } = useMapParts();
  const { lang } = useI18n();
  const { source, layer } = useMemo(() => placeKeepOut(places, lang), [places, lang]);
  return (
    <Source id={PLACE_LAYER_IDS.keepOut} {...source}>
      <Layer {...layer} />
    </Source>
  );
}
