'use client';
import { useState } from 'react';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { PlaceFeature } from '@/lib/data/features';
import type { FlowProperties } from '@/lib/data/flows';
import type { LegProperties, StopProperties } from '@/lib/data/itineraries';
import { formatPeriod } from '@/lib/dates/format';
import { flowsOn } from '@/lib/map/movement-render';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { EventList } from './event-list';
import { countLabel } from './place-subtitle';

/** The most places the overview lists. */
const PLACE_LIST_MAX = 12;

type Props = {
  date: string;
  places: PlaceFeature[] | undefined;
  control: ControlCollection | undefined;
  flows: FeatureCollection<LineString, FlowProperties> | undefined;
  itineraries: FeatureCollection<Point | LineString, StopProperties | LegProperties> | undefined;
  onSelectPlace: (id: string) => void;
  onSelectArea: (id: string) => void;
  onSelectFlow: (id: string) => void;
};

/** Everything the map shows, as lists: places, areas, flows, routes, and the events up to the date. */
export function Overview({ date, places, control, flows, itineraries, onSelectPlace, onSelectArea, onSelectFlow }: Props) {
  const { t, locale, lang } = useI18n();
  const total = places?.reduce((n, p) => n + p.properties.eventCount, 0) ?? 0;
  // As on the map: nothing before the source reports it.
  const stops = (itineraries?.features ?? []).filter((f) => f.properties.featureType === 'stop' && f.properties.date <= date) as { properties: StopProperties }[];
  const flowsShown = flows ? flowsOn(flows, date) : undefined;
  // A war's worth of places does not fit a list: the busiest are listed, and a search finds any
  // other (the canvas's clusters cannot be reached from the keyboard).
  const [query, setQuery] = useState('');
  const many = Boolean(places && places.length > PLACE_LIST_MAX);
  const q = query.trim().toLocaleLowerCase();
  const nameOf = (p: PlaceFeature) => p.properties.names[lang] ?? p.properties.name;
  const matches = many && q ? places!.filter((p) => nameOf(p).toLocaleLowerCase().includes(q) || p.properties.name.toLocaleLowerCase().includes(q)) : places;
  const listed = many ? [...matches!].sort((a, b) => b.properties.eventCount - a.properties.eventCount).slice(0, PLACE_LIST_MAX) : places;
  const format = (n: number) => new Intl.NumberFormat(locale).format(n);
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
            <button type="button" onClick={() => onSelectPlace(p.id)} data-select={`list-place:${p.id}`}>
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
      {control && control.features.length > 0 && (
        <ul className="place-list" aria-label={t('controlAreas')}>
          {control.features.map((f) => (
            <li key={f.properties.areaId}>
              <button type="button" onClick={() => onSelectArea(f.properties.areaId)} data-select={`list-area:${f.properties.areaId}`}>
                {t('areaButton', { name: places?.find((p) => p.id === f.properties.placeId)?.properties.names[lang] ?? f.properties.name })}{' '}
                <span className="place-list-count" lang="en">
                  {f.properties.actor.name}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {flowsShown && flowsShown.features.length > 0 && (
        <ul className="place-list" aria-label={t('flows')}>
          {flowsShown.features.map((f) => (
            <li key={String(f.id)}>
              <button type="button" onClick={() => onSelectFlow(String(f.id))} lang="en" data-select={`list-flow:${f.id}`}>
                {f.properties.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {stops.length > 0 && (
        <>
          <h3 className="panel-section">
            {t('route', { name: '' })}
            <span lang="en">{stops[0].properties.person.name}</span>
          </h3>
          <ol className="route-stops">
            {stops.map(({ properties: s }) => (
              <li key={`${s.itineraryId}-${s.number}`}>
                <button type="button" className="panel-back" onClick={() => onSelectPlace(s.placeId)} data-select={`list-stop:${s.itineraryId}-${s.number}`}>
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
      )}
      <h3 className="panel-section">{t('eventsUpToDate')}</h3>
      <EventList label={t('allPlaces')} date={date} total={total} />
    </>
  );
}
