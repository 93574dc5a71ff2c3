'use client';
import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { LayerToggles } from '@/components/map/layer-toggles';
import { Legend } from '@/components/map/legend';
import { EventPanel } from '@/components/panel/event-panel';
import { TimelineBar } from '@/components/timeline/timeline-bar';
import { useControl } from '@/lib/hooks/use-control';
import { useEvents } from '@/lib/hooks/use-events';
import { useFlows, useItineraries } from '@/lib/hooks/use-movements';
import { usePlaces } from '@/lib/hooks/use-places';
import { useReducedMotion } from '@/lib/hooks/use-reduced-motion';
import { useViewState } from '@/lib/hooks/use-view-state';

// MapLibre needs the browser: the map is loaded client-side only.
const SituationMap = dynamic(() => import('@/components/map/situation-map'), {
  ssr: false,
  loading: () => <p className="map-status" role="status">Loading map…</p>,
});

type Span = { start: string; end: string };

/** The page's working part: the map, the timeline and the panel, all driven by the URL. */
export function SituationView({ attribution, span }: { attribution: string[]; span: Span }) {
  const state = useViewState();
  const date = state.date === null ? span.end : state.date < span.start ? span.start : state.date > span.end ? span.end : state.date;
  const { places, error, retry } = usePlaces();
  const { events } = useEvents({ to: date });
  const { control } = useControl(date);
  const { flows } = useFlows();
  const { itineraries } = useItineraries();
  const reducedMotion = useReducedMotion();
  const counts = useMemo(() => {
    const byPlace = new Map<string, number>();
    for (const e of events ?? []) byPlace.set(e.properties.placeId, (byPlace.get(e.properties.placeId) ?? 0) + 1);
    return byPlace;
  }, [events]);
  return (
    <div className="situation">
      <div className="map-column">
        <section className="map-pane" aria-label="Map of events">
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
            view={state.view}
            reducedMotion={reducedMotion}
            attribution={attribution}
          />
          <LayerToggles layers={state.layers} onChange={state.setLayers} />
          <Legend control={control} layers={state.layers} />
        </section>
        <TimelineBar span={span} date={date} onDate={state.setDate} />
      </div>
      <EventPanel
        place={state.place}
        area={state.area}
        date={date}
        places={places}
        placesError={error}
        onRetryPlaces={retry}
        control={control}
        flow={state.flow}
        flows={flows}
        itineraries={itineraries}
        onSelectPlace={state.selectPlace}
        onSelectArea={state.selectArea}
        onSelectFlow={state.selectFlow}
      />
    </div>
  );
}
