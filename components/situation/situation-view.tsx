'use client';
import dynamic from 'next/dynamic';
import { EventPanel } from '@/components/panel/event-panel';
import { usePlaces } from '@/lib/hooks/use-places';
import { useViewState } from '@/lib/hooks/use-view-state';

// MapLibre needs the browser: the map is loaded client-side only.
const SituationMap = dynamic(() => import('@/components/map/situation-map'), {
  ssr: false,
  loading: () => <p className="map-status" role="status">Loading map…</p>,
});

/** The page's working part: the map and the events panel, both driven by the URL. */
export function SituationView({ attribution }: { attribution: string[] }) {
  const { place, selectPlace } = useViewState();
  const { places, error, retry } = usePlaces();
  return (
    <div className="situation">
      <section className="map-pane" aria-label="Map of events">
        <SituationMap places={places ?? []} selectedPlace={place} onSelectPlace={selectPlace} attribution={attribution} />
      </section>
      <EventPanel place={place} places={places} placesError={error} onRetryPlaces={retry} onSelectPlace={selectPlace} />
    </div>
  );
}
