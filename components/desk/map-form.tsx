'use client';
import { useState } from 'react';
import { deskCall } from '@/lib/desk/desk-fetch';
import type { MapSettings } from '@/lib/maps/map-settings';
import { LAYERS } from '@/lib/url/view-state';
import { FeaturedPicker } from './featured-picker';
import { FormStatus } from './form-status';
import { ReadyButton } from './ready-button';
import { useDeskAction } from './use-desk-action';

const SIDES = [
  ['west', 'West (min. longitude)'],
  ['south', 'South (min. latitude)'],
  ['east', 'East (max. longitude)'],
  ['north', 'North (max. latitude)'],
] as const;

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const orNull = (value: string) => (value === '' ? null : value);

/** A map's settings as the form holds them; numbers the server checks (a blank one is refused, naming it). */
function settingsOf(form: FormData) {
  return {
    slug: text(form, 'slug'),
    title: text(form, 'title'),
    bbox: SIDES.map(([side]) => (text(form, side) === '' ? null : Number(text(form, side)))),
    first: orNull(text(form, 'first')),
    last: orNull(text(form, 'last')),
    layers: LAYERS.filter((l) => form.get(`layer-${l}`) === 'on'),
    featured: orNull(text(form, 'featured')),
  };
}

/** Makes a map, or edits one (`map` given: its slug stays; `featuredTitle`, its featured event's title). */
export function MapForm({ map, featuredTitle }: { map?: MapSettings; featuredTitle?: string }) {
  const { error, run } = useDeskAction();
  const [saved, setSaved] = useState<string | null>(null);
  const submit = (form: FormData) =>
    run(async () => {
      setSaved(null);
      const body = settingsOf(form);
      if (map) await deskCall(`/api/desk/maps/${encodeURIComponent(map.slug)}`, 'PUT', body);
      else await deskCall('/api/desk/maps', 'POST', body);
      setSaved(body.slug);
    });
  return (
    <form className="desk-form" action={submit} aria-labelledby="map-form-title">
      <h2 id="map-form-title">{map ? `Edit ${map.title}` : 'New map'}</h2>
      <label>
        Address (/m/…): lower-case letters, digits, hyphens
        <input name="slug" required defaultValue={map?.slug} readOnly={Boolean(map)} pattern="[a-z0-9]+(-[a-z0-9]+)*" />
      </label>
      <label>
        Title
        <input name="title" required defaultValue={map?.title} maxLength={120} />
      </label>
      <fieldset>
        <legend>Region the map opens on (degrees)</legend>
        {SIDES.map(([side, label], i) => (
          <label key={side}>
            {label}
            <input name={side} type="number" step="any" inputMode="decimal" defaultValue={map?.bbox[i]} />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Days on the timeline (blank: the data&apos;s own)</legend>
        <label>
          First day
          <input name="first" type="date" defaultValue={map?.first ?? ''} />
        </label>
        <label>
          Last day
          <input name="last" type="date" defaultValue={map?.last ?? ''} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Layers</legend>
        {LAYERS.map((l) => (
          <label key={l} className="desk-choice">
            <input type="checkbox" name={`layer-${l}`} defaultChecked={map ? map.layers.includes(l) : true} />
            {l}
          </label>
        ))}
      </fieldset>
      <FeaturedPicker initial={map?.featured ? { id: map.featured, label: featuredTitle ?? map.featured } : null} />
      <ReadyButton type="submit">{map ? 'Save the map' : 'Make the map'}</ReadyButton>
      {saved && (
        <p role="status" className="desk-done">
          Saved: <a href={`/m/${saved}`}>/m/{saved}</a>
        </p>
      )}
      <FormStatus error={error} />
    </form>
  );
}
