'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { StopProperties } from '@/lib/data/itineraries';
import { Corrections } from '@/components/panel/corrections';
import { formatPeriod } from '@/lib/dates/format';
import type { Scene } from '../types';
import type { ItineraryCollection } from './entry';

/** The overview's route: its stops reached by the timeline's day (as on the map), each a button that opens its city. */
export function RoutesOverview({ data: itineraries, scene: { date, places, select } }: { data: ItineraryCollection | undefined; scene: Scene }) {
  const { t, locale, lang } = useI18n();
  // As on the map: nothing before the source reports it.
  const stops = (itineraries?.features ?? []).filter((f) => f.properties.featureType === 'stop' && f.properties.date <= date) as { properties: StopProperties }[];
  if (stops.length === 0) return null;
  return (
    <>
      <h3 className="panel-section">
        {t('route', { name: '' })}
        <span lang="en">{stops[0].properties.person.name}</span>
      </h3>
      <Corrections corrections={stops[0].properties.corrections} />
      <ol className="route-stops">
        {stops.map(({ properties: s }) => (
          <li key={`${s.itineraryId}-${s.number}`}>
            <button type="button" className="panel-back" onClick={() => select('place', s.placeId)} data-select={`list-stop:${s.itineraryId}-${s.number}`}>
              {places?.find((p) => p.id === s.placeId)?.properties.names[lang] ?? s.placeName}
            </button>
            {lang === 'ar' ? '، ' : ', '}
            {formatPeriod(s.date, 'day', s.date, locale)}
            {s.dateEnd !== s.date && s.dateEnd <= date && ` – ${formatPeriod(s.dateEnd, 'day', s.dateEnd, locale)}`}
            {s.expectedDates.some((d) => d <= date) && ` ${t('talksExpected')}`}
          </li>
        ))}
      </ol>
    </>
  );
}
