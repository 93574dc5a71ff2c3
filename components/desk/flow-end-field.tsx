'use client';
import type { FlowEnd } from '@/lib/schemas/movement';
import type { PlaceRecord } from '@/lib/schemas/place';
import { NamedSelect } from './named-select';
import { PlacePicker, type PlaceChoice } from './place-picker';

/** One end of a flow as the form holds it: a country, or a place chosen or made with the place picker. */
export type FlowEndChoice = { country: string } | { place: PlaceChoice };

/** The FlowEnd a choice stands for ({ placeId: '' } until a place is chosen, which the store refuses, naming the field). */
export const flowEndOf = (c: FlowEndChoice): FlowEnd =>
  'country' in c ? { country: c.country } : { placeId: c.place ? ('existing' in c.place ? c.place.existing.id : c.place.newPlace.id) : '' };

/** A new place made at this end, if any. */
export const newPlaceAt = (c: FlowEndChoice): PlaceRecord | undefined => ('place' in c && c.place && 'newPlace' in c.place ? c.place.newPlace : undefined);

type Props = { legend: string; name: string; value: FlowEndChoice; onChange: (c: FlowEndChoice) => void; countries: { id: string; name: string }[] };

/** Where a flow starts or ends: a whole country, or a place (the event form's place picker). */
export function FlowEndField({ legend, name, value, onChange, countries }: Props) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label className="desk-choice">
        <input type="radio" name={`${name}-is`} checked={'country' in value} onChange={() => onChange({ country: countries[0]?.id ?? '' })} /> A country
      </label>
      <label className="desk-choice">
        <input type="radio" name={`${name}-is`} checked={'place' in value} onChange={() => onChange({ place: null })} /> A place
      </label>
      {'country' in value ? (
        <NamedSelect label="Country" choices={countries} value={value.country} onChange={(e) => onChange({ country: e.target.value })} />
      ) : (
        <PlacePicker legend={`${legend}: place`} value={value.place} onChange={(place) => onChange({ place })} />
      )}
    </fieldset>
  );
}
