'use client';
import * as maplibre from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useMemo, useState } from 'react';
import Map, { AttributionControl, NavigationControl, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import type { PlaceFeature } from '@/lib/data/features';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { CONTROL_LAYER_IDS, HATCH_IMAGE, hatchImage } from '@/lib/map/control-layers';
import { INITIAL_BOUNDS, REGION_BBOX } from '@/lib/map/region';
import { buildMapStyle } from '@/lib/map/style';
import type { MapView } from '@/lib/url/view-state';
import { ControlLayer } from './layers/control-layer';
import { PlaceMarker } from './place-marker';

// The bundle breaks MapLibre's own worker lookup: the build copies the worker into public/.
maplibre.setWorkerUrl('/maplibre-gl-worker.mjs');

type Props = {
  places: PlaceFeature[];
  /** Events per place up to the timeline's day. */
  counts: Map<string, number>;
  selectedPlace: string | null;
  onSelectPlace: (id: string | null) => void;
  control: ControlCollection | undefined;
  onSelectArea: (id: string) => void;
  /** The view the link asks for; otherwise the region's default bounds. */
  view: MapView | null;
  reducedMotion: boolean;
  /** Credits for the data on the map, shown in the attribution control. */
  attribution: string[];
};

/** The map: offline basemap, control areas, one accessible marker per place. The one component that imports react-map-gl. */
export default function SituationMap({ places, counts, selectedPlace, onSelectPlace, control, onSelectArea, view, reducedMotion, attribution }: Props) {
  const mapStyle = useMemo(() => ({ ...buildMapStyle(window.location.origin), transition: { duration: reducedMotion ? 0 : 300, delay: 0 } }), [reducedMotion]);
  const [initialView] = useState(() => view ?? { bounds: INITIAL_BOUNDS, fitBoundsOptions: { padding: 24 } });
  const [hovering, setHovering] = useState(false);
  // Control layers wait for the hatch image, so that no layer asks for an image the map lacks.
  const [imagesReady, setImagesReady] = useState(false);
  const onClick = (e: MapLayerMouseEvent) => {
    const areaId = e.features?.[0]?.properties?.areaId;
    if (typeof areaId === 'string') onSelectArea(areaId);
  };
  return (
    <Map
      mapLib={maplibre}
      mapStyle={mapStyle}
      initialViewState={initialView}
      maxBounds={REGION_BBOX}
      minZoom={3}
      maxZoom={12}
      attributionControl={false}
      dragRotate={false}
      touchPitch={false}
      interactiveLayerIds={[CONTROL_LAYER_IDS.fill, CONTROL_LAYER_IDS.halo]}
      cursor={hovering ? 'pointer' : 'grab'}
      onMouseEnter={() => setHovering(true)}
      onMouseLeave={() => setHovering(false)}
      onClick={onClick}
      style={{ position: 'absolute', inset: 0 }}
      onLoad={(e) => {
        if (!e.target.hasImage(HATCH_IMAGE)) e.target.addImage(HATCH_IMAGE, hatchImage());
        setImagesReady(true);
        Object.assign(window, { __situationMap: e.target });
      }}
      onIdle={(e) => e.target.getContainer().setAttribute('data-idle', 'true')}
      onMoveStart={(e) => e.target.getContainer().removeAttribute('data-idle')}
      onSourceData={(e) => e.sourceId.startsWith('control') && e.target.getContainer().removeAttribute('data-idle')}
    >
      <NavigationControl showCompass={false} position="top-left" />
      <AttributionControl compact={false} customAttribution={attribution} position="bottom-right" />
      {control && imagesReady && <ControlLayer control={control} places={places} />}
      {places.map((place) => (
        <PlaceMarker key={place.id} place={place} count={counts.get(place.id) ?? 0} selected={place.id === selectedPlace} onSelect={onSelectPlace} />
      ))}
    </Map>
  );
}
