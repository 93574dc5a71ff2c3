import { Fragment } from 'react';
import type { PlaceFeature } from '@/lib/data/features';

import { eventCount, type Lang } from '@/lib/i18n/messages';

/** "1 event", "3 events", "حدثان", in the interface language's plural forms. */
export const countLabel = (n: number, lang: Lang) => eventCount(lang, n);

/** A place's names in its local languages (each marked with its language and direction) and its country. */
export function PlaceSubtitle({ place, shownName }: { place: PlaceFeature; shownName: string }) {
  const { names, countryName } = place.properties;
  const local = Object.entries(names).filter(([, n]) => n !== shownName);
  return (
    <span className="panel-subtitle">
      {local.map(([lang, n]) => (
        <Fragment key={lang}>
          <bdi lang={lang}>{n}</bdi>
          {' · '}
        </Fragment>
      ))}
      <span lang="en">{countryName}</span>
    </span>
  );
}
