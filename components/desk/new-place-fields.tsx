'use client';
import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import type { PlaceRecord } from '@/lib/schemas/place';
import { slugOfWords } from '@/lib/desk/slug';

// The map is loaded only when a new place is being made: the desk's other screens never fetch it.
const PlaceMap = dynamic(() => import('./place-map').then((m) => m.PlaceMap), { ssr: false, loading: () => <p className="place-map">Loading the map…</p> });

/** Why typed coordinates are refused, or null when both are numbers in range. */
function coordinatesError(lon: string, lat: string): string | null {
  if (lon.trim() === '' || lat.trim() === '') return null;
  const [x, y] = [Number(lon), Number(lat)];
  if (!Number.isFinite(x) || x < -180 || x > 180) return 'The longitude must be a number from −180 to 180.';
  if (!Number.isFinite(y) || y < -90 || y > 90) return 'The latitude must be a number from −90 to 90.';
  return null;
}

/**
 * A new place: its names and country typed in, its coordinates typed or set by clicking the map;
 * or all of them filled from a gazetteer's place (`start`), whose record of where the point came
 * from goes when the point is moved.
 */
export function NewPlaceFields({ start, onPlace }: { start?: PlaceRecord | null; onPlace: (place: PlaceRecord) => void }) {
  const box = useRef<HTMLFieldSetElement>(null);
  const [lon, setLon] = useState(start ? String(start.coordinates[0]) : '');
  const [lat, setLat] = useState(start ? String(start.coordinates[1]) : '');
  const wrong = coordinatesError(lon, lat);
  function update(coords: { lon: string; lat: string } = { lon, lat }) {
    const get = (name: string) => (box.current!.querySelector(`[name="${name}"]`) as HTMLInputElement).value.trim();
    const name = get('place-en');
    if (!name || coords.lon.trim() === '' || coords.lat.trim() === '' || coordinatesError(coords.lon, coords.lat)) return;
    // A gazetteer's other names (Hebrew, Greek) stay; English and Arabic are as typed.
    const { en: _en, ar: _ar, ...others } = start?.names ?? {};
    const names: Record<string, string> = { ...others, en: name, ...(get('place-ar') ? { ar: get('place-ar') } : {}) };
    const coordinates: [number, number] = [Number(coords.lon), Number(coords.lat)];
    const asFound = start && coordinates[0] === start.coordinates[0] && coordinates[1] === start.coordinates[1];
    onPlace({
      id: start && name === start.name ? start.id : slugOfWords(name),
      name,
      names,
      country: get('place-country').toUpperCase(),
      countryName: get('place-country-name'),
      coordinates,
      ...(asFound && start.coordinatesFrom ? { coordinatesFrom: start.coordinatesFrom } : {}),
    });
  }
  const typed = (set: (v: string) => void, key: 'lon' | 'lat') => (e: React.ChangeEvent<HTMLInputElement>) => {
    set(e.target.value);
    update({ lon, lat, [key]: e.target.value });
  };
  const point: [number, number] | null = lon && lat && !wrong ? [Number(lon), Number(lat)] : null;
  return (
    <fieldset className="new-place" ref={box} onChange={(e) => !['place-lon', 'place-lat'].includes((e.target as unknown as HTMLInputElement).name) && update()}>
      <legend>New place</legend>
      <label>
        Name in English
        <input name="place-en" defaultValue={start?.name} />
      </label>
      <label>
        Name in Arabic
        <input name="place-ar" lang="ar" dir="rtl" defaultValue={start?.names.ar} />
      </label>
      <label>
        Country code (two letters)
        <input name="place-country" defaultValue={start?.country ?? 'SY'} maxLength={2} />
      </label>
      <label>
        Country name
        <input name="place-country-name" defaultValue={start?.countryName ?? 'Syria'} />
      </label>
      {start?.coordinatesFrom && (
        <p className="place-from">
          Names and coordinates from GeoNames (entry {start.coordinatesFrom.id}): the one point it gives for the whole {start.coordinatesFrom.precision === 'neighbourhood' ? 'part of the city' : 'town or village'}, not a spot in it. Check them; moving the point records it as yours.
        </p>
      )}
      <p>Click the map where the place is, or type its coordinates below.</p>
      <PlaceMap
        point={point}
        onPick={([x, y]) => {
          setLon(String(x));
          setLat(String(y));
          update({ lon: String(x), lat: String(y) });
        }}
      />
      <label>
        Longitude (east, degrees)
        <input name="place-lon" inputMode="decimal" value={lon} onChange={typed(setLon, 'lon')} aria-invalid={wrong?.includes('longitude') || undefined} />
      </label>
      <label>
        Latitude (north, degrees)
        <input name="place-lat" inputMode="decimal" value={lat} onChange={typed(setLat, 'lat')} aria-invalid={wrong?.includes('latitude') || undefined} />
      </label>
      {wrong && (
        <p role="alert" className="desk-error">
          {wrong}
        </p>
      )}
    </fieldset>
  );
}
