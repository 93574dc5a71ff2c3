'use client';
import { ReadyButton } from './ready-button';
import { useState } from 'react';
import { deskCall } from '@/lib/desk/desk-fetch';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { PlacesFound } from '@/lib/gazetteer/find-places';
import { NewPlaceFields } from './new-place-fields';
import { PlaceResults } from './place-results';

/** The place chosen: one the map has, or a new one with its names and coordinates. */
export type PlaceChoice = { existing: PlaceRecord } | { newPlace: PlaceRecord } | null;

/**
 * Finds a place by any of its names on the map or in the gazetteer (GeoNames, offline), or makes a
 * new one (names and country typed in, coordinates typed or clicked on a map); a gazetteer entry
 * picked fills the new place's fields, to check and change.
 */
export function PlacePicker({ value, onChange, legend = 'Place' }: { value: PlaceChoice; onChange: (choice: PlaceChoice) => void; legend?: string }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PlacesFound | null>(null);
  const [making, setMaking] = useState(false);
  // The gazetteer's place that the new place's fields start from (null: empty fields).
  const [start, setStart] = useState<PlaceRecord | null>(null);
  async function search() {
    if (!query.trim()) return;
    setFound(null);
    setFound(await deskCall<PlacesFound>(`/api/desk/places?q=${encodeURIComponent(query.trim())}`, 'GET'));
  }
  const chosen = value && ('existing' in value ? value.existing : value.newPlace);
  return (
    <fieldset className="place-picker">
      <legend>{legend}</legend>
      {chosen && (
        <p role="status">
          Place: <strong>{chosen.name}</strong>
          {chosen.names.ar ? <span lang="ar"> ({chosen.names.ar})</span> : null} at {chosen.coordinates[1]}, {chosen.coordinates[0]}
          {value && 'newPlace' in value ? (chosen.coordinatesFrom ? ' (new, where GeoNames puts it)' : ' (new)') : ''}
        </p>
      )}
      <label>
        Search the map&apos;s places and the gazetteer (English, Arabic or local names)
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), void search())} />
      </label>
      <ReadyButton type="button" onClick={() => void search()}>
        Search places
      </ReadyButton>
      {found && (
        <PlaceResults
          found={found}
          onExisting={(existing) => onChange({ existing })}
          onHit={({ place }) => {
            setStart(place);
            setMaking(true);
            onChange({ newPlace: place });
          }}
        />
      )}
      <ReadyButton type="button" aria-expanded={making} onClick={() => (setMaking(!making), setStart(null))}>
        A new place
      </ReadyButton>
      {making && <NewPlaceFields key={start?.coordinatesFrom?.id ?? 'typed'} start={start} onPlace={(newPlace) => onChange({ newPlace })} />}
    </fieldset>
  );
}
