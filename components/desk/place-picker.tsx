'use client';
import { ReadyButton } from './ready-button';
import { useState } from 'react';
import { deskCall } from '@/lib/desk/desk-fetch';
import type { PlaceRecord } from '@/lib/schemas/place';
import { NewPlaceFields } from './new-place-fields';

/** The place chosen: one the map has, or a new one with its names and coordinates. */
export type PlaceChoice = { existing: PlaceRecord } | { newPlace: PlaceRecord } | null;

/** Finds a place by its English or Arabic name, or makes a new one (names and country typed in, coordinates typed or clicked on a map). */
export function PlacePicker({ value, onChange, legend = 'Place' }: { value: PlaceChoice; onChange: (choice: PlaceChoice) => void; legend?: string }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PlaceRecord[] | null>(null);
  const [making, setMaking] = useState(false);
  async function search() {
    if (!query.trim()) return;
    setFound((await deskCall<{ places: PlaceRecord[] }>(`/api/desk/places?q=${encodeURIComponent(query.trim())}`, 'GET')).places);
  }
  const chosen = value && ('existing' in value ? value.existing : value.newPlace);
  return (
    <fieldset className="place-picker">
      <legend>{legend}</legend>
      {chosen && (
        <p role="status">
          Place: <strong>{chosen.name}</strong>
          {chosen.names.ar ? <span lang="ar"> ({chosen.names.ar})</span> : null} at {chosen.coordinates[1]}, {chosen.coordinates[0]}
          {value && 'newPlace' in value ? ' (new)' : ''}
        </p>
      )}
      <label>
        Search the map&apos;s places (English or Arabic)
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), void search())} />
      </label>
      <ReadyButton type="button" onClick={() => void search()}>
        Search places
      </ReadyButton>
      {found && (
        <ul className="place-results" aria-label="Places found">
          {found.length === 0 && <li>No place has that name.</li>}
          {found.map((p) => (
            <li key={p.id}>
              <ReadyButton type="button" onClick={() => onChange({ existing: p })}>
                Use {p.name}
                {p.names.ar ? ` (${p.names.ar})` : ''}, {p.countryName}
              </ReadyButton>
            </li>
          ))}
        </ul>
      )}
      <ReadyButton type="button" aria-expanded={making} onClick={() => setMaking(!making)}>
        A new place
      </ReadyButton>
      {making && <NewPlaceFields onPlace={(newPlace) => onChange({ newPlace })} />}
    </fieldset>
  );
}
