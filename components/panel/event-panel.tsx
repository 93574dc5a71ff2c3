'use client';
import { useEffect, useRef } from 'react';
import type { PlaceFeature } from '@/lib/data/features';
import { EventList } from './event-list';
import { LoadFailure } from './load-failure';
import { countLabel, PlaceSubtitle } from './place-subtitle';

type Props = {
  place: string | null;
  places: PlaceFeature[] | undefined;
  placesError: Error | undefined;
  onRetryPlaces: () => void;
  onSelectPlace: (id: string | null) => void;
};

/** The side panel: the selected place's events, or an overview of the situation and its places. */
export function EventPanel({ place, places, placesError, onRetryPlaces, onSelectPlace }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    // Move focus to the new heading when the reader picks a place, not on the first paint.
    if (!firstRender.current) heading.current?.focus();
    firstRender.current = false;
  }, [place]);

  const selected = places?.find((p) => p.id === place);
  return (
    <aside className="panel" aria-label="Events">
      {placesError && <LoadFailure what="the places" error={placesError} onRetry={onRetryPlaces} />}
      {place ? (
        <>
          <button type="button" className="panel-back" onClick={() => onSelectPlace(null)}>
            ← All places
          </button>
          <h2 ref={heading} tabIndex={-1}>
            {selected?.properties.name ?? place}
            {selected && <PlaceSubtitle place={selected} />}
          </h2>
          {selected ? (
            <EventList place={place} label={selected.properties.name} />
          ) : (
            places && <p className="panel-status">There is no place with the id “{place}”.</p>
          )}
        </>
      ) : (
        <>
          <h2 ref={heading} tabIndex={-1}>Aleppo falls; Iran turns to Damascus and Ankara</h2>
          <p className="panel-intro">
            Late November – early December 2024. Choose a city on the map or below to read its events, each with the quote and link of its source.
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
          <h3 className="panel-section">All events</h3>
          <EventList label="all places" />
        </>
      )}
    </aside>
  );
}
