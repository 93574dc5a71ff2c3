'use client';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import Map, { AttributionControl, Layer, Marker, NavigationControl, Source, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { MapPartsContext, type MapParts } from './map-parts';
import { useI18n } from '@/components/i18n/i18n-provider';
import { DAY_SOURCES, INTERACTIVE_LAYER_IDS, LAYER_REGISTRY, LAYERS_BY_DRAW_ORDER, layerOwning, type LayerLoads, type MapLayers } from '@/components/layers/registry';
import type { MapScene, Scene } from '@/components/layers/types';
import { useSituation } from '@/components/situation/situation-context';
import type { MapLibreModule } from '@/lib/map/maplibre-module';
import { buildMapStyle, type MapTheme } from '@/lib/map/style';
import type { LayerId, MapView } from '@/lib/url/view-state';

/** What each kind's map layer draws with (components/map/map-parts.tsx). */
const PARTS: MapParts = { Layer, Source, Marker };

export type SituationMapProps = {
  /** MapLibre itself, loaded from its own file (lib/map/maplibre-module.ts). */
  maplibre: MapLibreModule;
  /** Every kind's data (registry order). */
  loads: LayerLoads;
  /** Every kind's map layer component, loaded with the map. */
  mapLayers: MapLayers;
  /** The day, the places, what is selected and how to select. */
  scene: Scene;
  layers: LayerId[];
  /** The view the link asks for; otherwise the region's default bounds. */
  view: MapView | null;
  reducedMotion: boolean;
  theme: MapTheme;
  /** In a frame: zooming asks for a modifier key or two fingers, so the host page scrolls freely. */
  cooperativeGestures: boolean;
  onMapLoad: (map: MapLibreMap) => void;
  /** MapLibre could not make the map (no WebGL in this browser). */
  onUnavailable: () => void;
  /** Credits for the data on the map, shown in the attribution control. */
  attribution: string[];
  /** Whether every layer's data has arrived: the first idle after that is marked as the map's first complete render. */
  dataComplete: boolean;
};

/** The images kinds draw with (control's hatch), added to the map once. */
function addLayerImages(map: MapLibreMap) {
  for (const [name, image] of LAYER_REGISTRY.flatMap((entry) => Object.entries(entry.map.images ?? {}))) {
    if (!map.hasImage(name)) map.addImage(name, image());
  }
}

/** The performance mark set when the map first draws with all its data. */
export const COMPLETE_MARK = 'situation-map-complete';
let completeMarked = false;

/** The map: offline basemap and every kind of thing in the registry, drawn bottom to top; loaded in the browser only. */
export default function SituationMap(props: SituationMapProps) {
  const { maplibre, loads, mapLayers, scene, layers, view, reducedMotion, theme, cooperativeGestures, onMapLoad, onUnavailable, attribution, dataComplete } = props;
  const { lang, t } = useI18n();
  const { region } = useSituation();
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
  const [initialView] = useState(() => view ?? { bounds: region.initialBounds, fitBoundsOptions: { padding: 24 } });
  const [hovering, setHovering] = useState(false);
  // The map once its style is parsed: kinds with images (control's hatch) wait for it, so that no
  // layer asks for an image the map lacks.
  const [styledMap, setStyledMap] = useState<MapLibreMap | null>(null);
  const onClick = (e: MapLayerMouseEvent) => {
    // The topmost feature wins: a stop or a flow drawn over an area is what the reader aimed at.
    const feature = e.features?.[0];
    if (feature) layerOwning(feature.layer.id)?.map.onFeatureClick({ feature, map: e.target, select: scene.select, reducedMotion });
  };
  useEffect(() => {
    // The first time the map is idle with every layer's data drawn: a performance mark the
    // benchmarks read (bench/run.mjs), and data-complete for anyone watching the page.
    // Watched from when the style is parsed, not from `load`: the first idle often comes with `load`.
    if (!styledMap || !dataComplete || completeMarked) return;
    const mark = () => {
      if (completeMarked) return;
      completeMarked = true;
      performance.mark(COMPLETE_MARK);
      styledMap.getContainer().setAttribute('data-complete', 'true');
    };
    styledMap.once('idle', mark);
    styledMap.triggerRepaint();
    return () => void styledMap.off('idle', mark);
  }, [styledMap, dataComplete]);
  const shown = new Set(layers);
  const mapScene: MapScene = { ...scene, places: scene.places ?? [], theme };
  return (
    <Map
      mapLib={maplibre}
      mapStyle={mapStyle}
      initialViewState={initialView}
      maxBounds={region.bbox}
      minZoom={3}
      maxZoom={12}
      attributionControl={false}
      dragRotate={false}
      touchPitch={false}
      cooperativeGestures={cooperativeGestures}
      locale={mapLocale}
      interactiveLayerIds={INTERACTIVE_LAYER_IDS}
      cursor={hovering ? 'pointer' : 'grab'}
      onMouseEnter={() => setHovering(true)}
      onMouseLeave={() => setHovering(false)}
      onClick={onClick}
      style={{ position: 'absolute', inset: 0 }}
      // No target: the map could not be made at all (MapLibre found no WebGL). Any other error is the map's own, logged as before.
      onError={(e) => (e.target ? console.error(e.error) : onUnavailable())}
      onStyleData={(e) => {
        // As soon as the style is parsed, not at `load` (which waits for the basemap's tiles): the
        // kinds with images then send their data to MapLibre's worker with everyone else's.
        if (styledMap || e.dataType !== 'style') return;
        addLayerImages(e.target);
        setStyledMap(e.target);
      }}
      onLoad={(e) => {
        addLayerImages(e.target);
        setStyledMap(e.target);
        // Many publishers' credits start folded behind the (i) button, so they never cover the map.
        const credits = e.target.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
        credits?.classList.remove('maplibregl-compact-show');
        credits?.removeAttribute('open');
        Object.assign(window, { __situationMap: e.target });
        onMapLoad(e.target);
      }}
      onIdle={(e) => e.target.getContainer().setAttribute('data-idle', 'true')}
      onMoveStart={(e) => e.target.getContainer().removeAttribute('data-idle')}
      onSourceData={(e) => DAY_SOURCES.has(e.sourceId) && e.target.getContainer().removeAttribute('data-idle')}
    >
      {/* Mirrored in right-to-left languages, where the layer switcher takes the top left. */}
      <NavigationControl showCompass={false} position={lang === 'ar' ? 'top-right' : 'top-left'} />
      <AttributionControl compact={attribution.length > 2} customAttribution={attribution} position={lang === 'ar' ? 'bottom-left' : 'bottom-right'} />
      <MapPartsContext.Provider value={PARTS}>
        {LAYERS_BY_DRAW_ORDER.map(({ id, map }) => {
          const data = loads[id].data;
          const MapLayer = mapLayers[id];
          return shown.has(id) && data !== undefined && (!map.images || styledMap) && <MapLayer key={id} data={data} scene={mapScene} />;
        })}
      </MapPartsContext.Provider>
    </Map>
  );
}
