import { Fragment } from 'react';
import type { PlaceFeature } from '@/lib/data/features';

/** "1 event", "3 events". */
export const countLabel = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

/** A place's names in its local languages (each marked with its language and direction) and its country. */
export function PlaceSubtitle({ place }: { place: PlaceFeature }) {
  const { name, names, countryName } = place.properties;
  const local = Object.entries(names).filter(([lang, n]) => lang !== 'en' && n !== name);
  return (
    <span className="panel-subtitle">
      {local.map(([lang, n]) => (
        <Fragment key={lang}>
          <bdi lang={lang}>{n}</bdi>
          {' · '}
        </Fragment>
      ))}
      {countryName}
    </span>
  );
}
