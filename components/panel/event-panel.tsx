'use client';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { useEffect, useRef } from 'react';
import type { PlaceFeature } from '@/lib/data/features';
import type { FlowProperties } from '@/lib/data/flows';
import type { LegProperties, StopProperties } from '@/lib/data/itineraries';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { AreaCard } from './area-card';
import { EventList } from './event-list';
import { FlowCard } from './flow-card';
import { LoadFailure } from './load-failure';
import { Overview } from './overview';
import { PlaceSubtitle } from './place-subtitle';

type Props = {
  place: string | null;
  area: string | null;
  flow: string | null;
  date: string;
  places: PlaceFeature[] | undefined;
  placesError: Error | undefined;
  onRetryPlaces: () => void;
  control: ControlCollection | undefined;
  flows: FeatureCollection<LineString, FlowProperties> | undefined;
  itineraries: FeatureCollection<Point | LineString, StopProperties | LegProperties> | undefined;
  onSelectPlace: (id: string | null) => void;
  onSelectArea: (id: string) => void;
  onSelectFlow: (id: string) => void;
  /** The embed's compact sheet: a Close button instead of the way back to the overview. */
  compact?: boolean;
};

/** The side panel: a place's events, an area's or a flow's sourced claim, or an overview of everything. */
export function EventPanel(props: Props) {
  const { place, area, flow, date, places, placesError, onRetryPlaces, control, flows, onSelectPlace, compact = false } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const selection = `${place}|${area}|${flow}`;
  const shown = useRef(selection);
  useEffect(() => {
    // Move focus to the new heading when the reader picks something, not on the first paint
    // (comparing with what was shown, so that StrictMode's second effect run changes nothing).
    if (shown.current !== selection) heading.current?.focus();
    shown.current = selection;
  }, [selection]);

  const selected = places?.find((p) => p.id === place);
  // While the new day's control loads, the previous day's must not be shown as this day's.
  const controlToday = control?.date === date ? control : undefined;
  const areaFeature = controlToday?.features.find((f) => f.properties.areaId === area);
  const flowFeature = flows?.features.find((f) => f.id === flow);
  const back = (
    <button type="button" className="panel-back" onClick={() => onSelectPlace(null)}>
      {compact ? '× Close' : '← Overview'}
    </button>
  );
  let title: React.ReactNode;
  let body: React.ReactNode;
  if (place) {
    title = (
      <>
        {selected?.properties.name ?? (places ? place : 'Loading…')}
        {selected && <PlaceSubtitle place={selected} />}
      </>
    );
    body = selected ? (
      <EventList place={place} label={selected.properties.name} date={date} total={selected.properties.eventCount} />
    ) : (
      places && <p className="panel-status">There is no place with the id “{place}”.</p>
    );
  } else if (area) {
    title = (
      <>
        {areaFeature?.properties.name ?? area}
        <span className="panel-subtitle">Who holds it</span>
      </>
    );
    body = areaFeature ? (
      <AreaCard area={areaFeature} date={date} />
    ) : controlToday ? (
      <p className="panel-status">No control is recorded for “{area}” on this date.</p>
    ) : (
      <p role="status" className="panel-status">Loading who held it on this date…</p>
    );
  } else if (flow) {
    title = (
      <>
        {flowFeature ? `${flowFeature.properties.origin.name} → ${flowFeature.properties.destination.name}` : flow}
        <span className="panel-subtitle">Flow of people</span>
      </>
    );
    body = flowFeature ? <FlowCard flow={flowFeature} /> : flows && <p className="panel-status">There is no flow with the id “{flow}”.</p>;
  }
  return (
    <aside className="panel" aria-label="Events">
      {placesError && <LoadFailure what="the places" error={placesError} onRetry={onRetryPlaces} />}
      {title ? back : null}
      <h2 ref={heading} tabIndex={-1}>
        {title ?? 'Opposition takes much of Aleppo; Iran turns to Damascus and Ankara'}
      </h2>
      {body ?? (
        <>
          <p className="panel-intro">
            Late November – early December 2024. Choose a city, an area, a flow or a route stop on the map or below to read its sourced claims; move the timeline to see the situation on another day.
          </p>
          <Overview {...props} onSelectPlace={onSelectPlace} />
        </>
      )}
    </aside>
  );
}
