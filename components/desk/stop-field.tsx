'use client';
import { useEffect, useState } from 'react';
import { eventsUrl } from '@/lib/contract/paths';
import { deskCall } from '@/lib/desk/desk-fetch';
import { PlacePicker, type PlaceChoice } from './place-picker';

/** A stop of a trip as the form holds it: its place, and the ids of the person's events there (the first is the arrival). */
export type StopChoice = { place: PlaceChoice; eventIds: string[] };

type EventFeature = { id: string; properties: { date: string; title: string; actors: { id: string }[] } };
type Props = { number: number; person: string; value: StopChoice; onChange: (s: StopChoice) => void; onError: (e: unknown) => void };

/** One stop: its place (the place picker), then the person's events there to tie it to, oldest first. */
export function StopField({ number, person, value, onChange, onError }: Props) {
  const placeId = value.place && ('existing' in value.place ? value.place.existing.id : value.place.newPlace.id);
  const [events, setEvents] = useState<EventFeature[] | null>(null);
  useEffect(() => {
    setEvents(null);
    if (!placeId) return;
    void deskCall<{ features: EventFeature[] }>(eventsUrl({ place: placeId, order: 'asc', limit: 1000 }), 'GET').then((r) => setEvents(r.features), onError);
  }, [placeId, onError]);
  const theirs = events?.filter((e) => e.properties.actors.some((a) => a.id === person)) ?? [];
  const toggle = (id: string, on: boolean) => onChange({ ...value, eventIds: on ? [...value.eventIds, id].sort((a, b) => theirs.findIndex((e) => e.id === a) - theirs.findIndex((e) => e.id === b)) : value.eventIds.filter((x) => x !== id) });
  return (
    <fieldset className="leg-stop">
      <legend>Stop {number}</legend>
      <PlacePicker legend={`Stop ${number}: place`} value={value.place} onChange={(place) => onChange({ place, eventIds: [] })} />
      {events && (
        <fieldset>
          <legend>Stop {number}: the events there (the first is the arrival)</legend>
          {theirs.length === 0 && <p>No event at this place names this person: draft the event first.</p>}
          {theirs.map((e) => (
            <label key={e.id} className="desk-choice">
              <input type="checkbox" checked={value.eventIds.includes(e.id)} onChange={(x) => toggle(e.id, x.target.checked)} /> {e.properties.date}: {e.properties.title}
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
