'use client';
import * as maplibre from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useState } from 'react';
import Map, { AttributionControl, NavigationControl, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import type { PlaceFeature } from '@/lib/data/features';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { CONTROL_LAYER_IDS, HATCH_IMAGE, hatchImage } from '@/lib/map/control-layers';
import { INITIAL_BOUNDS, REGION_BBOX } from '@/lib/map/region';
import { buildMapStyle, type MapTheme } from '@/lib/map/style';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapView } from '@/lib/url/view-state';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { FlowProperties } from '@/lib/data/flows';
import type { LegProperties, StopProperties } from '@/lib/data/itineraries';
import { MOVEMENT_LAYER_IDS } from '@/lib/map/movement-layers';
import type { LayerId } from '@/lib/url/view-state';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ControlLayer } from './layers/control-layer';
import { FlowLayer } from './layers/flow-layer';
import { RouteLayer } from './layers/route-layer';
import { PlaceMarker } from './place-marker';
import { PlaceClusterLayer } from './layers/place-cluster-layer';
import { MARKER_LIMIT, PLACE_LAYER_IDS } from '@/lib/map/place-layers';
import type { GeoJSONSource } from 'maplibre-gl';

// The bundle breaks MapLibre's own worker lookup: the build copies the worker into public/.
maplibre.setWorkerUrl('/maplibre-gl-worker.mjs');
// Start the workers now, while the page hydrates, rather than when the map is created.
maplibre.prewarm();

type Props = {
  places: PlaceFeature[];
  /** Events per place up to the timeline's day. */
  counts: Map<string, number>;
  selectedPlace: string | null;
  onSelectPlace: (id: string | null) => void;
  control: ControlCollection | undefined;
  onSelectArea: (id: string) => void;
  flows: FeatureCollection<LineString, FlowProperties> | undefined;
  onSelectFlow: (id: string) => void;
  itineraries: FeatureCollection<Point | LineString, StopProperties | LegProperties> | undefined;
  layers: LayerId[];
  /** The timeline's day: movements show from the day the source reports them. */
  date: string;
  /** The view the link asks for; otherwise the region's default bounds. */
  view: MapView | null;
  reducedMotion: boolean;
  theme: MapTheme;
  /** In a frame: zooming asks for a modifier key or two fingers, so the host page scrolls freely. */
  cooperativeGestures: boolean;
  onMapLoad: (map: MapLibreMap) => void;
  /** Credits for the data on the map, shown in the attribution control. */
  attribution: string[];
  /** Whether every layer's data has arrived: the first idle after that is marked as the map's first complete render. */
  dataComplete: boolean;
};

/** The map: offline basemap, control areas, flows, routes and one accessible marker per place; loaded in the browser only. */
const INTERACTIVE = [PLACE_LAYER_IDS.cluster, PLACE_LAYER_IDS.point, CONTROL_LAYER_IDS.fill, CONTROL_LAYER_IDS.halo, MOVEMENT_LAYER_IDS.flowLine, MOVEMENT_LAYER_IDS.flowHead, MOVEMENT_LAYER_IDS.flowLabel, MOVEMENT_LAYER_IDS.routeStop, MOVEMENT_LAYER_IDS.routeStopLabel];

/** The performance mark set when the map first draws with all its data. */
export const COMPLETE_MARK = 'situation-map-complete';
let completeMarked = false;

export default function SituationMap(props: Props) {
  const { places, counts, selectedPlace, onSelectPlace, control, onSelectArea, flows, onSelectFlow, itineraries, layers, date, view, reducedMotion, theme, cooperativeGestures, onMapLoad, attribution, dataComplete } = props;
  const { lang, t } = useI18n();
  const mapLocale = useMemo(
    () => ({
      'NavigationControl.ZoomIn': t('mapZoomIn'),
      'NavigationControl.ZoomOut': t('mapZoomOut'),
      'Map.Title': t('mapTitle'),
      'CooperativeGesturesHandler.WindowsHelpText': t('mapCtrlScroll'),
      'CooperativeGesturesHandler.MacHelpText': t('mapCmdScroll'),
      'CooperativeGesturesHandler.MobileHelpText': t('mapTwoFingers'),
    }),
    [t],
  );
  const mapStyle = useMemo(() => ({ ...buildMapStyle(window.location.origin, theme, lang), transition: { duration: reducedMotion ? 0 : 300, delay: 0 } }), [reducedMotion, theme, lang]);
  const [initialView] = useState(() => view ?? { bounds: INITIAL_BOUNDS, fitBoundsOptions: { padding: 24 } });
  const [hovering, setHovering] = useState(false);
  // Control layers wait for the hatch image, so that no layer asks for an image the map lacks.
  const [imagesReady, setImagesReady] = useState(false);
  const onClick = (e: MapLayerMouseEvent) => {
    // The topmost feature wins: a stop or a flow drawn over an area is what the reader aimed at.
    const feature = e.features?.[0];
    const p = feature?.properties;
    if (p?.cluster && feature?.geometry.type === 'Point') {
      // A cluster opens up: the map zooms to where it splits.
      const [lng, lat] = feature.geometry.coordinates;
      void (e.target.getSource('places') as GeoJSONSource).getClusterExpansionZoom(p.cluster_id).then((zoom) => e.target.easeTo({ center: [lng, lat], zoom, duration: reducedMotion ? 0 : 500 }));
    } else if (typeof p?.placeId === 'string') onSelectPlace(p.placeId);
    else if (typeof p?.flowId === 'string') onSelectFlow(p.flowId);
    else if (typeof p?.areaId === 'string') onSelectArea(p.areaId);
  };
  const [loadedMap, setLoadedMap] = useState<MapLibreMap | null>(null);
  useEffect(() => {
    // The first time the map is idle with every layer's data drawn: a performance mark the
    // benchmarks read (bench/run.mjs), and data-complete for anyone watching the page.
    if (!loadedMap || !dataComplete || completeMarked) return;
    const mark = () => {
      if (completeMarked) return;
      completeMarked = true;
      performance.mark(COMPLETE_MARK);
      loadedMap.getContainer().setAttribute('data-complete', 'true');
    };
    loadedMap.once('idle', mark);
    loadedMap.triggerRepaint();
    return () => void loadedMap.off('idle', mark);
  }, [loadedMap, dataComplete]);
  const shown = new Set(layers);
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
      cooperativeGestures={cooperativeGestures}
      locale={mapLocale}
      interactiveLayerIds={INTERACTIVE}
      cursor={hovering ? 'pointer' : 'grab'}
      onMouseEnter={() => setHovering(true)}
      onMouseLeave={() => setHovering(false)}
      onClick={onClick}
      style={{ position: 'absolute', inset: 0 }}
      onLoad={(e) => {
        if (!e.target.hasImage(HATCH_IMAGE)) e.target.addImage(HATCH_IMAGE, hatchImage());
        // Many publishers' credits start folded behind the (i) button, so they never cover the map.
        const credits = e.target.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
        credits?.classList.remove('maplibregl-compact-show');
        credits?.removeAttribute('open');
        setImagesReady(true);
        Object.assign(window, { __situationMap: e.target });
        setLoadedMap(e.target);
        onMapLoad(e.target);
      }}
      onIdle={(e) => e.target.getContainer().setAttribute('data-idle', 'true')}
      onMoveStart={(e) => e.target.getContainer().removeAttribute('data-idle')}
      onSourceData={(e) => (e.sourceId.startsWith('control') || e.sourceId === 'places') && e.target.getContainer().removeAttribute('data-idle')}
    >
      {/* Mirrored in right-to-left languages, where the layer switcher takes the top left. */}
      <NavigationControl showCompass={false} position={lang === 'ar' ? 'top-right' : 'top-left'} />
      <AttributionControl compact={attribution.length > 2} customAttribution={attribution} position={lang === 'ar' ? 'bottom-left' : 'bottom-right'} />
      {shown.has('control') && control && imagesReady && <ControlLayer control={control} places={places} />}
      {shown.has('flows') && flows && <FlowLayer flows={flows} date={date} theme={theme} />}
      {shown.has('routes') && itineraries && <RouteLayer itineraries={itineraries} date={date} theme={theme} />}
      {shown.has('events') && places.length > MARKER_LIMIT && <PlaceClusterLayer places={places} counts={counts} selectedPlace={selectedPlace} theme={theme} />}
      {shown.has('events') && places.length <= MARKER_LIMIT && places.map((place) => (
        <PlaceMarker key={place.id} place={place} count={counts.get(place.id) ?? 0} selected={place.id === selectedPlace} onSelect={onSelectPlace} />
      ))}
    </Map>
  );
}
