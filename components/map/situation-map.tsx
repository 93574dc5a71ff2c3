'use client';
import * as maplibre from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useMemo } from 'react';
import Map, { AttributionControl, NavigationControl } from 'react-map-gl/maplibre';
import type { PlaceFeature } from '@/lib/data/features';
import { INITIAL_BOUNDS, REGION_BBOX } from '@/lib/map/region';
import { buildMapStyle } from '@/lib/map/style';
import { PlaceMarker } from './place-marker';

// The bundle breaks MapLibre's own worker lookup: the build copies the worker into public/.
maplibre.setWorkerUrl('/maplibre-gl-worker.mjs');

type Props = {
  places: PlaceFeature[];
  selectedPlace: string | null;
  onSelectPlace: (id: string) => void;
  /** Credits for the data on the map, shown in the attribution control. */
  attribution: string[];
};

/** The map: offline basemap, one accessible marker per place. The one component that imports react-map-gl. */
export default function SituationMap({ places, selectedPlace, onSelectPlace, attribution }: Props) {
  const mapStyle = useMemo(() => buildMapStyle(window.location.origin), []);
  return (
    <Map
      mapLib={maplibre}
      mapStyle={mapStyle}
      initialViewState={{ bounds: INITIAL_BOUNDS, fitBoundsOptions: { padding: 24 } }}
      maxBounds={REGION_BBOX}
      minZoom={3}
      maxZoom={10}
      attributionControl={false}
      dragRotate={false}
      touchPitch={false}
      style={{ position: 'absolute', inset: 0 }}
      onLoad={(e) => Object.assign(window, { __situationMap: e.target })}
      onIdle={(e) => e.target.getContainer().setAttribute('data-idle', 'true')}
      onMoveStart={(e) => e.target.getContainer().removeAttribute('data-idle')}
    >
      <NavigationControl showCompass={false} position="top-left" />
      <AttributionControl compact={false} customAttribution={attribution} position="bottom-right" />
      {places.map((place) => (
        <PlaceMarker key={place.id} place={place} selected={place.id === selectedPlace} onSelect={onSelectPlace} />
      ))}
    </Map>
  );
}
