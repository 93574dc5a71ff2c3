'use client';
import { useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { countLabel } from '@/components/panel/place-subtitle';
import type { PlaceFeature } from '@/lib/data/features';
import type { Scene } from '../types';
import { formatInteger } from '@/lib/i18n/numbers';

/** The most places the overview lists. */
const PLACE_LIST_MAX = 12;

/** The overview's places, each a button that opens its events; past PLACE_LIST_MAX, the busiest and a search. */
export function PlacesOverview({ scene: { places, select } }: { scene: Scene }) {
  const { t, locale, lang } = useI18n();
  // A war's worth of places does not fit a list: the busiest are listed, and a search finds any
  // other (the canvas's clusters cannot be reached from the keyboard).
  const [query, setQuery] = useState('');
  const many = Boolean(places && places.length > PLACE_LIST_MAX);
  const q = query.trim().toLocaleLowerCase();
  const nameOf = (p: PlaceFeature) => p.properties.names[lang] ?? p.properties.name;
  const matches = many && q ? places!.filter((p) => nameOf(p).toLocaleLowerCase().includes(q) || p.properties.name.toLocaleLowerCase().includes(q)) : places;
  const listed = many ? [...matches!].sort((a, b) => b.properties.eventCount - a.properties.eventCount).slice(0, PLACE_LIST_MAX) : places;
  const format = (n: number) => formatInteger(locale, n);
  return (
    <>
      {many && (
        <label className="place-search">
          {t('findPlace')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      )}
      <ul className="place-list" aria-label={t('places')}>
        {listed?.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => select('place', p.id)} data-select={`list-place:${p.id}`}>
              {nameOf(p)} <span className="place-list-count">{countLabel(p.properties.eventCount, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
      {many && (
        <p className="panel-status" role="status">
          {!q
            ? t('morePlaces', { shown: format(listed!.length), n: format(places!.length) })
            : matches!.length === 0
              ? t('noMatchingPlaces', { q: query.trim() })
              : listed!.length < matches!.length && t('matchingPlaces', { shown: format(listed!.length), n: format(matches!.length), q: query.trim() })}
        </p>
      )}
    </>
  );
}
