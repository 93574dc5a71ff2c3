'use client';
import type { Map as MapLibreMap } from 'maplibre-gl';
import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { EmbedBridge } from '@/components/embed/embed-bridge';
import { ExportMenu } from '@/components/export/export-menu';
import { usePrintSnapshot } from '@/components/export/print-snapshot';
import { useI18n } from '@/components/i18n/i18n-provider';
import { LAYER_REGISTRY, loadMapLayers, useLayerLoads } from '@/components/layers/registry';
import { SELECTION_KINDS, type Scene, type Select } from '@/components/layers/types';
import { LayerToggles } from '@/components/map/layer-toggles';
import { Legend } from '@/components/map/legend';
import type { SituationMapProps } from '@/components/map/situation-map';
import { EventPanel } from '@/components/panel/event-panel';
import { LoadFailure } from '@/components/panel/load-failure';
import { TimelineBar } from '@/components/timeline/timeline-bar';
import { useMediaQuery } from '@/lib/hooks/use-media-query';
import { loadMapLibre } from '@/lib/map/maplibre-module';
import { usePanelFocus } from '@/lib/hooks/use-panel-focus';
import { usePlaces } from '@/lib/hooks/use-places';
import { useReducedMotion } from '@/lib/hooks/use-reduced-motion';
import { useViewState } from '@/lib/hooks/use-view-state';
import { useClearOfSheet } from '@/lib/hooks/use-clear-of-sheet';
import { useLiveUpdates } from '@/lib/hooks/use-live-updates';
import { useMapDefaults } from '@/lib/hooks/use-map-defaults';
import { useSituationSummary } from '@/lib/hooks/use-situation-summary';
import type { SituationSummary } from '@/lib/contract/wire';
import type { Situation } from '@/lib/schemas/situation';
import { shownDate, shownSpan } from '@/lib/url/view-state';
import { LiveNotice } from './live-notice';
import { SituationProvider } from './situation-context';

// MapLibre needs the browser: the map and every kind's map layer are loaded client-side only, their
// download started as soon as this module runs (before the page hydrates), not when the map first renders.
const loadMap = () =>
  Promise.all([loadMapLibre(), import('@/components/map/situation-map'), loadMapLayers()]).then(([maplibre, { default: MapOnly }, mapLayers]) => {
    const MapWithLayers = (props: Omit<SituationMapProps, 'mapLayers' | 'maplibre'>) => <MapOnly {...props} maplibre={maplibre} mapLayers={mapLayers} />;
    return MapWithLayers;
  });
if (typeof window !== 'undefined') void loadMap();
const SituationMap = dynamic(loadMap, { ssr: false });

/**
 * In the embed the legend starts folded in every frame oEmbed proposes (800 × 560 at most) and on
 * phones: open, it would cover the place the embed is about.
 */
const EMBED_LEGEND_FOLDED_ON = '(max-width: 960px), (max-height: 640px)';

/**
 * `summary`: the data's version, span and credits as the page was rendered; they follow the data as it changes.
 * `defaults`: a map's own view as URL parameters (/m/{slug}), put in the URL where the reader's set none.
 */
type Props = { summary: SituationSummary; situation: Situation; variant?: 'page' | 'embed'; defaults?: string };

/** The working part of the page and of the embed: map, timeline and panel, all driven by the URL. */
export function SituationView({ situation, ...props }: Props) {
  return (
    <SituationProvider situation={situation}>
      <SituationWorkspace {...props} />
    </SituationProvider>
  );
}

function SituationWorkspace({ summary: initial, variant = 'page', defaults }: Omit<Props, 'situation'>) {
  const { t } = useI18n();
  useMapDefaults(defaults);
  const notice = useLiveUpdates();
  const { span, credits: attribution } = useSituationSummary(initial);
  const state = useViewState(defaults);
  const embed = variant === 'embed';
  // The embed offers a picture of the map only when its code asks for it (export=png).
  const searchParams = useSearchParams();
  const exportShown = !embed || searchParams.get('export') === 'png';
  const date = shownDate(span, state.date);
  const from = shownSpan(span, state.from, state.date)?.from ?? null;
  // ?theme= wins; otherwise the system's choice.
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const theme = state.theme ?? (prefersDark ? 'dark' : 'light');
  // Places are what every kind hangs off (an area's city, a stop's city) and what the panel lists,
  // whatever layers are shown; the places entry asks for the same answer, which SWR fetches once.
  const { places, error: placesError } = usePlaces();
  const loads = useLayerLoads(date, from);
  // Whether MapLibre found it cannot draw the map here (no WebGL): learnt when it tries, with no
  // WebGL context made just to ask (tens of milliseconds of a phone's main thread, and a render later).
  const [noWebgl, setNoWebgl] = useState(false);
  const reducedMotion = useReducedMotion();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  usePrintSnapshot(map);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const { place, area, flow, selectPlace, selectArea, selectFlow } = state;
  const select = useCallback<Select>(
    (kind, id) => {
      const setters = { place: selectPlace, area: selectArea, flow: selectFlow };
      setters[kind](id);
    },
    [selectPlace, selectArea, selectFlow],
  );
  const scene = useMemo<Scene>(() => ({ date, from, places, selected: { place, area, flow }, select }), [date, from, places, place, area, flow, select]);
  const selection = SELECTION_KINDS.some((kind) => scene.selected[kind]);
  const closePanel = usePanelFocus(selection, useCallback(() => selectPlace(null), [selectPlace]));
  const failures = (shownIn: 'map' | 'panel') =>
    LAYER_REGISTRY.flatMap(({ id, failure }) => {
      const { error, retry, kept } = loads[id];
      return error && failure.shownIn === shownIn ? [<LoadFailure key={id} what={t(failure.what)} error={error} onRetry={retry} kept={kept} />] : [];
    });
  const mapFailures = failures('map');
  const dataComplete = Boolean(places) && LAYER_REGISTRY.every(({ id }) => loads[id].complete);
  // The legend lists what the data holds: it appears once the data is there, rather than growing
  // upwards from the map's bottom corner as each kind arrives (a layout shift). It then stays.
  const [legendReady, setLegendReady] = useState(false);
  const settled = (Boolean(places) || Boolean(placesError)) && LAYER_REGISTRY.every(({ id }) => loads[id].complete || loads[id].error);
  if (settled && !legendReady) setLegendReady(true);
  // In the embed, the sheet lies over the map: the selected place stays in the part it leaves free.
  const [sheet, setSheet] = useState<HTMLDivElement | null>(null);
  const placePoint = (place && places?.find((p) => p.id === place)?.geometry.coordinates) || null;
  useClearOfSheet(embed ? map : null, sheet, placePoint as [number, number] | null, reducedMotion);
  const panel = <EventPanel scene={scene} loads={loads} failures={failures('panel')} onClose={closePanel} compact={embed} />;
  return (
    <div className={`situation situation-${variant}`}>
      <div className="map-column">
        <section className="map-pane" aria-label={t('mapRegion')}>
          {noWebgl ? (
            <p role="alert" className="map-unavailable">
              {t('noWebGL', { where: embed ? t('noWebGLBelow') : t('noWebGLPanel') })}
            </p>
          ) : (
          <SituationMap
            loads={loads}
            scene={scene}
            layers={state.layers}
            view={state.view}
            reducedMotion={reducedMotion}
            theme={theme}
            cooperativeGestures={embed}
            onMapLoad={setMap}
            onUnavailable={() => setNoWebgl(true)}
            attribution={attribution}
            dataComplete={dataComplete}
          />
          )}
          {mapFailures.length > 0 && <div className="map-failures">{mapFailures}</div>}
          <LiveNotice notice={notice} />
          <LayerToggles layers={state.layers} onChange={state.setLayers} />
          {exportShown && !noWebgl && <ExportMenu map={map} place={place} date={date} pictureOnly={embed} />}
          {state.legend && legendReady && <Legend loads={loads} layers={state.layers} foldedOn={embed ? EMBED_LEGEND_FOLDED_ON : undefined} />}
          {embed && (selection || noWebgl) && <div className="embed-sheet" ref={setSheet}>{panel}</div>}
        </section>
        <TimelineBar span={span} date={date} from={from} onSpan={state.setSpan} />
      </div>
      {!embed && panel}
      {embed && <EmbedBridge map={map} place={place} reducedMotion={reducedMotion} onSelectPlace={selectPlace} onDate={state.setDate} />}
    </div>
  );
}
