'use client';
import { useState } from 'react';
import { saveClaim } from '@/lib/desk/save-claim';
import { slugOfWords } from '@/lib/desk/slug';
import type { ItineraryRecord } from '@/lib/schemas/movement';
import type { PlaceRecord } from '@/lib/schemas/place';
import { ClaimFormEnd, saveModeOf } from './claim-form-end';
import { NamedSelect } from './named-select';
import { ReadyButton } from './ready-button';
import { StopField, type StopChoice } from './stop-field';

type Props = { actors: { id: string; name: string }[]; places: PlaceRecord[]; newPlace?: PlaceRecord; correcting?: ItineraryRecord; editing?: ItineraryRecord };

/**
 * A person's trip, leg by leg: the person, then each stop's place and the person's events there
 * (published events, each standing on its own quote: a trip's evidence is its stops' events).
 */
export function LegForm({ actors, places, newPlace, correcting, editing }: Props) {
  const current = correcting ?? editing;
  const [error, setError] = useState<unknown>(null);
  const [person, setPerson] = useState(current?.person ?? '');
  const stopOf = (s: ItineraryRecord['stops'][number]): StopChoice => {
    if (s.placeId === newPlace?.id) return { place: { newPlace }, eventIds: s.eventIds };
    const place = places.find((p) => p.id === s.placeId);
    return { place: place ? { existing: place } : null, eventIds: s.eventIds };
  };
  const [stops, setStops] = useState<StopChoice[]>(current?.stops.map(stopOf) ?? [{ place: null, eventIds: [] }, { place: null, eventIds: [] }]);
  const setStop = (i: number) => (s: StopChoice) => setStops(stops.map((x, j) => (j === i ? s : x)));

  async function submit(form: FormData) {
    setError(null);
    const title = String(form.get('title') ?? '').trim();
    const record = {
      id: current?.id ?? slugOfWords(title, 80),
      person,
      title,
      stops: stops.map((s) => ({ placeId: s.place ? ('existing' in s.place ? s.place.existing.id : s.place.newPlace.id) : '', eventIds: s.eventIds })),
    };
    const made = stops.flatMap((s) => (s.place && 'newPlace' in s.place ? [s.place.newPlace] : []));
    if (made.length > 1) return setError(new Error('a trip may make one new place: pick the others among the map’s places'));
    try {
      await saveClaim('leg', record, saveModeOf(correcting, editing, String(form.get('note') ?? '').trim()), made[0]);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form className="desk-form claim-form" action={submit}>
      <h1>{correcting ? `Correct the trip: ${correcting.title}` : editing ? `Change the draft: ${editing.title}` : 'New itinerary leg'}</h1>
      <NamedSelect label="Who travels" choices={actors} placeholder="Choose the person…" value={person} onChange={(e) => setPerson(e.target.value)} required />
      <label>
        Title (&ldquo;Abbas Araghchi: Damascus, then Ankara&rdquo;)
        <input name="title" defaultValue={current?.title} required />
      </label>
      {stops.map((s, i) => (
        <StopField key={i} number={i + 1} person={person} value={s} onChange={setStop(i)} onError={setError} />
      ))}
      <ReadyButton type="button" onClick={() => setStops([...stops, { place: null, eventIds: [] }])}>
        Add a stop
      </ReadyButton>
      {stops.length > 2 && (
        <ReadyButton type="button" onClick={() => setStops(stops.slice(0, -1))}>
          Remove the last stop
        </ReadyButton>
      )}
      <ClaimFormEnd correcting={!!correcting} error={error} />
    </form>
  );
}
