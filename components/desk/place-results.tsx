'use client';
import { useId } from 'react';
import { ReadyButton } from './ready-button';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { GazetteerHit, PlacesFound } from '@/lib/gazetteer/find-places';

// GeoNames' feature codes as the picker says them (the others are towns and villages).
const FEATURES: Record<string, string> = { PPLC: 'capital', PPLA: 'provincial capital', PPLA2: 'district seat', PPLA3: 'subdistrict seat', PPLX: 'part of a city', PPLQ: 'abandoned place', PPLH: 'historical place', PPLW: 'destroyed place', STLMT: 'settlement' };

/** A place's name, and its Arabic name isolated (right to left) beside it. */
const WithArabic = ({ place }: { place: PlaceRecord }) => (
  <>
    {place.name}
    {place.names.ar ? (
      <>
        {' ('}
        <bdi lang="ar">{place.names.ar}</bdi>)
      </>
    ) : null}
  </>
);

/** What the picker says of a gazetteer entry under its name: its country, kind and population, and the name it was found by. */
function aboutHit(hit: GazetteerHit): string {
  const population = hit.population > 0 ? `, population ${hit.population.toLocaleString('en')}` : '';
  const as = hit.matched !== hit.place.name && hit.matched !== hit.place.names.ar ? `; found as ${hit.matched}` : '';
  return `${hit.place.countryName}: ${FEATURES[hit.feature] ?? 'town or village'}${population}${as}`;
}

/** The places a search found: the map's own first (to use), then the gazetteer's (to make a new place of). */
export function PlaceResults({ found, onExisting, onHit }: { found: PlacesFound; onExisting: (p: PlaceRecord) => void; onHit: (hit: GazetteerHit) => void }) {
  // Ids of this picker's own: a trip's form has a picker per stop.
  const id = useId();
  return (
    <>
      <p id={`${id}-on-map`} className="place-results-head">
        On the map
      </p>
      <ul className="place-results" aria-labelledby={`${id}-on-map`}>
        {found.places.length === 0 && <li>No place on the map has that name.</li>}
        {found.places.map((p) => (
          <li key={p.id}>
            <ReadyButton type="button" onClick={() => onExisting(p)}>
              Use <WithArabic place={p} />, {p.countryName}
            </ReadyButton>
          </li>
        ))}
      </ul>
      {found.gazetteer.length > 0 && (
        <>
          <p id={`${id}-in-gazetteer`} className="place-results-head">
            New places from the gazetteer (GeoNames)
          </p>
          <ul className="place-results" aria-labelledby={`${id}-in-gazetteer`}>
            {found.gazetteer.map((hit) => (
              <li key={hit.place.coordinatesFrom!.id}>
                <ReadyButton type="button" onClick={() => onHit(hit)}>
                  New place: <WithArabic place={hit.place} />{' '}
                  <span className="gazetteer-about">{aboutHit(hit)}</span>
                </ReadyButton>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
