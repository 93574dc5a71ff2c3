'use client';
import { useEffect, useRef } from 'react';
import type { PlaceFeature } from '@/lib/data/features';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { AreaCard } from './area-card';
import { EventList } from './event-list';
import { LoadFailure } from './load-failure';
import { countLabel, PlaceSubtitle } from './place-subtitle';

type Props = {
  place: string | null;
  area: string | null;
  date: string;
  places: PlaceFeature[] | undefined;
  placesError: Error | undefined;
  onRetryPlaces: () => void;
  control: ControlCollection | undefined;
  onSelectPlace: (id: string | null) => void;
  onSelectArea: (id: string | null) => void;
};

/** The side panel: a place's events, an area's sourced claim, or an overview of the situation. */
export function EventPanel({ place, area, date, places, placesError, onRetryPlaces, control, onSelectPlace, onSelectArea }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(`${place}|${area}`);
  useEffect(() => {
    // Move focus to the new heading when the reader picks a place or area, not on the first paint
    // (comparing with what was shown, so that StrictMode's second effect run changes nothing).
    if (shown.current !== `${place}|${area}`) heading.current?.focus();
    shown.current = `${place}|${area}`;
  }, [place, area]);

  const selected = places?.find((p) => p.id === place);
  const areaFeature = control?.features.find((f) => f.properties.areaId === area);
  const total = places?.reduce((n, p) => n + p.properties.eventCount, 0) ?? 0;
  const back = (
    <button type="button" className="panel-back" onClick={() => onSelectPlace(null)}>
      ← Overview
    </button>
  );
  return (
    <aside className="panel" aria-label="Events">
      {placesError && <LoadFailure what="the places" error={placesError} onRetry={onRetryPlaces} />}
      {place ? (
        <>
          {back}
          <h2 ref={heading} tabIndex={-1}>
            {selected?.properties.name ?? (places ? place : 'Loading…')}
            {selected && <PlaceSubtitle place={selected} />}
          </h2>
          {selected ? (
            <EventList place={place} label={selected.properties.name} date={date} total={selected.properties.eventCount} />
          ) : (
            places && <p className="panel-status">There is no place with the id “{place}”.</p>
          )}
        </>
      ) : area ? (
        <>
          {back}
          <h2 ref={heading} tabIndex={-1}>
            {areaFeature?.properties.name ?? area}
            <span className="panel-subtitle">Who holds it</span>
          </h2>
          {areaFeature ? <AreaCard area={areaFeature} date={date} /> : control && <p className="panel-status">No control is recorded for “{area}” on this date.</p>}
        </>
      ) : (
        <>
          <h2 ref={heading} tabIndex={-1}>Opposition takes much of Aleppo; Iran turns to Damascus and Ankara</h2>
          <p className="panel-intro">
            Late November – early December 2024. Choose a city or an area on the map or below to read its sourced claims; move the timeline to see the situation on another day.
          </p>
          <ul className="place-list" aria-label="Places">
            {places?.map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => onSelectPlace(p.id)}>
                  {p.properties.name} <span className="place-list-count">{countLabel(p.properties.eventCount)}</span>
                </button>
              </li>
            ))}
          </ul>
          {control && control.features.length > 0 && (
            <ul className="place-list" aria-label="Control areas">
              {control.features.map((f) => (
                <li key={f.properties.areaId}>
                  <button type="button" onClick={() => onSelectArea(f.properties.areaId)}>
                    {f.properties.name}: who holds it <span className="place-list-count">{f.properties.actor.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h3 className="panel-section">Events up to this date</h3>
          <EventList label="all places" date={date} total={total} />
        </>
      )}
    </aside>
  );
}
