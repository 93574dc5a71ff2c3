'use client';
import { Marker } from 'react-map-gl/maplibre';
import type { PlaceFeature } from '@/lib/data/features';

type Props = { place: PlaceFeature; count: number; selected: boolean; onSelect: (id: string | null) => void };

/** A place on the map as a real toggle button: named by the place, reachable by Tab; Enter or a click opens its events, and again closes them. */
export function PlaceMarker({ place, count, selected, onSelect }: Props) {
  const [longitude, latitude] = place.geometry.coordinates;
  const { name } = place.properties;
  const countId = `marker-count-${place.id}`;
  return (
    <Marker longitude={longitude} latitude={latitude} anchor="left" offset={[-8, 0]}>
      <button
        type="button"
        className="place-marker"
        aria-label={name}
        aria-describedby={countId}
        aria-pressed={selected}
        data-place={place.id}
        onClick={(e) => {
          e.stopPropagation();
          onSelect(selected ? null : place.id);
        }}
      >
        <span className="place-marker-dot" aria-hidden="true" />
        <span className="place-marker-name" aria-hidden="true">{name}</span>
        <span className="place-marker-count" id={countId}>
          {count}
          <span className="visually-hidden"> {count === 1 ? 'event' : 'events'} so far</span>
        </span>
      </button>
    </Marker>
  );
}
