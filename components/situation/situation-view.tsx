'use client';
import type { Map as MapLibreMap } from 'maplibre-gl';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState } from 'react';
import { EmbedBridge } from '@/components/embed/embed-bridge';
import { LayerToggles } from '@/components/map/layer-toggles';
import { Legend } from '@/components/map/legend';
import { EventPanel } from '@/components/panel/event-panel';
import { TimelineBar } from '@/components/timeline/timeline-bar';
import { useControl } from '@/lib/hooks/use-control';
import { usePlaceCounts } from '@/lib/hooks/use-place-counts';
import { useFlows, useItineraries } from '@/lib/hooks/use-movements';
import { usePlaces } from '@/lib/hooks/use-places';
import { useReducedMotion } from '@/lib/hooks/use-reduced-motion';
import { useViewState } from '@/lib/hooks/use-view-state';
import { useWebGL } from '@/lib/hooks/use-webgl';
import { useMediaQuery } from '@/lib/hooks/use-media-query';
import { usePanelFocus } from '@/lib/hooks/use-panel-focus';
import { LoadFailure } from '@/components/panel/load-failure';
import { useI18n } from '@/components/i18n/i18n-provider';
import { shownDate } from '@/lib/url/view-state';

// MapLibre needs the browser: the map is loaded client-side only, its download started as soon as
// this module runs (before the page hydrates), not when the map first renders.
const loadMap = () => import('@/components/map/situation-map');
if (typeof window !== 'undefined') void loadMap();
const SituationMap = dynamic(loadMap, { ssr: false });

type Span = { start: string; end: string };
type Props = { attribution: string[]; span: Span; variant?: 'page' | 'embed' };

/** The working part of the page and of the embed: map, timeline and panel, all driven by the URL. */
export function SituationView({ attribution, span, variant = 'page' }: Props) {
  const { t } = useI18n();
  const state = useViewState();
  const embed = variant === 'embed';
  const date = shownDate(span, state.date);
  // ?theme= wins; otherwise the system's choice.
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const theme = state.theme ?? (prefersDark ? 'dark' : 'light');
  const { places, error, retry } = usePlaces();
  const { counts, loaded: countsLoaded } = usePlaceCounts(date);
  const { control, error: controlError, retry: retryControl } = useControl(date);
  const { flows, error: flowsError, retry: retryFlows } = useFlows();
  const { itineraries, error: routesError, retry: retryRoutes } = useItineraries();
  const webgl = useWebGL();
  const reducedMotion = useReducedMotion();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const selection = state.place ?? state.area ?? state.flow;
  const closePanel = usePanelFocus(Boolean(selection), useCallback(() => state.selectPlace(null), [state.selectPlace]));
  const mapFailures = [
    controlError && <LoadFailure key="control" what={t('whatControl')} error={controlError} onRetry={retryControl} kept={Boolean(control)} />,
    flowsError && <LoadFailure key="flows" what={t('whatFlows')} error={flowsError} onRetry={retryFlows} />,
    routesError && <LoadFailure key="routes" what={t('whatRoutes')} error={routesError} onRetry={retryRoutes} />,
  ].filter(Boolean);
  const panel = (
    <EventPanel
      place={state.place}
      area={state.area}
      flow={state.flow}
      date={date}
      places={places}
      placesError={error}
      onRetryPlaces={retry}
      control={control}
      flows={flows}
      itineraries={itineraries}
      onSelectPlace={state.selectPlace}
      onSelectArea={state.selectArea}
      onSelectFlow={state.selectFlow}
      onClose={closePanel}
      compact={embed}
    />
  );
  return (
    <div className={`situation situation-${variant}`}>
      <div className="map-column">
        <section className="map-pane" aria-label={t('mapRegion')}>
          {webgl === false ? (
            <p role="alert" className="map-unavailable">
              {t('noWebGL', { where: embed ? t('noWebGLBelow') : t('noWebGLPanel') })}
            </p>
          ) : webgl && (
          <SituationMap
            places={places ?? []}
            counts={counts}
            selectedPlace={state.place}
            onSelectPlace={state.selectPlace}
            control={control}
            onSelectArea={state.selectArea}
            flows={flows}
            onSelectFlow={state.selectFlow}
            itineraries={itineraries}
            layers={state.layers}
            date={date}
            view={state.view}
            reducedMotion={reducedMotion}
            theme={theme}
            cooperativeGestures={embed}
            onMapLoad={setMap}
            attribution={attribution}
            dataComplete={Boolean(places && countsLoaded && control && flows && itineraries)}
          />
          )}
          {mapFailures.length > 0 && <div className="map-failures">{mapFailures}</div>}
          <LayerToggles layers={state.layers} onChange={state.setLayers} />
          {state.legend && <Legend control={control} layers={state.layers} />}
          {embed && (selection || webgl === false) && <div className="embed-sheet">{panel}</div>}
        </section>
        <TimelineBar span={span} date={date} onDate={state.setDate} />
      </div>
      {!embed && panel}
      {embed && <EmbedBridge map={map} place={state.place} reducedMotion={reducedMotion} onSelectPlace={state.selectPlace} onDate={state.setDate} />}
    </div>
  );
}
