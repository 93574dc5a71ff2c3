'use client';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { COUNTRY_NAMES_AR } from '@/lib/map/country-names';
import type { PlaceFeature } from '@/lib/data/features';
import type { FlowProperties } from '@/lib/data/flows';
import type { LegProperties, StopProperties } from '@/lib/data/itineraries';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { AreaCard } from './area-card';
import { EventList } from './event-list';
import { FlowCard } from './flow-card';
import { LoadFailure } from './load-failure';
import { Overview } from './overview';
import { PlaceSubtitle } from './place-subtitle';

/** A flow end's name in the interface language: Arabic country names from the basemap's table. */
const endName = (end: { kind: string; name: string }, lang: string) => (lang === 'ar' && end.kind === 'country' ? (COUNTRY_NAMES_AR[end.name] ?? end.name) : end.name);

type Props = {
  place: string | null;
  area: string | null;
  flow: string | null;
  date: string;
  places: PlaceFeature[] | undefined;
  placesError: Error | undefined;
  onRetryPlaces: () => void;
  control: ControlCollection | undefined;
  flows: FeatureCollection<LineString, FlowProperties> | undefined;
  itineraries: FeatureCollection<Point | LineString, StopProperties | LegProperties> | undefined;
  onSelectPlace: (id: string | null) => void;
  onSelectArea: (id: string) => void;
  onSelectFlow: (id: string) => void;
  /** Closes what is open and gives focus back to what opened it. */
  onClose: () => void;
  /** The embed's compact sheet: a Close button instead of the way back to the overview. */
  compact?: boolean;
};

/** The side panel: a place's events, an area's or a flow's sourced claim, or an overview of everything. */
export function EventPanel(props: Props) {
  const { place, area, flow, date, places, placesError, onRetryPlaces, control, flows, onSelectPlace, compact = false } = props;
  const { t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // On phones the panel is a bottom sheet over the map: half open, or drawn up to read.
  const [expanded, setExpanded] = useState(false);
  const selection = `${place}|${area}|${flow}`;
  const shown = useRef(selection);
  useEffect(() => {
    // Move focus to the new heading when the reader picks something, not on the first paint
    // (comparing with what was shown, so that StrictMode's second effect run changes nothing),
    // and not on closing, when focus goes back to where the reader opened it from.
    if (shown.current !== selection && selection !== 'null|null|null') heading.current?.focus();
    shown.current = selection;
  }, [selection]);

  const selected = places?.find((p) => p.id === place);
  // While the new day's control loads, the previous day's must not be shown as this day's.
  const controlToday = control?.date === date ? control : undefined;
  const areaFeature = controlToday?.features.find((f) => f.properties.areaId === area);
  const flowFeature = flows?.features.find((f) => f.id === flow);
  const back = (
    <button type="button" className="panel-back" onClick={props.onClose}>
      {compact ? t('close') : t('backToOverview')}
    </button>
  );
  let title: React.ReactNode;
  let body: React.ReactNode;
  if (place) {
    title = (
      <>
        {selected ? (selected.properties.names[lang] ?? selected.properties.name) : places ? place : t('loading')}
        {selected && <PlaceSubtitle place={selected} shownName={selected.properties.names[lang] ?? selected.properties.name} />}
      </>
    );
    body = selected ? (
      <EventList place={place} label={selected.properties.names[lang] ?? selected.properties.name} date={date} total={selected.properties.eventCount} />
    ) : (
      places && <p className="panel-status">{t('noSuchPlace', { id: place })}</p>
    );
  } else if (area) {
    title = (
      <>
        {(areaFeature && places?.find((p) => p.id === areaFeature.properties.placeId)?.properties.names[lang]) ?? areaFeature?.properties.name ?? area}
        <span className="panel-subtitle">{t('whoHoldsIt')}</span>
      </>
    );
    body = areaFeature ? (
      <AreaCard area={areaFeature} date={date} />
    ) : controlToday ? (
      <p className="panel-status">{t('noControl', { id: area })}</p>
    ) : (
      <p role="status" className="panel-status">{t('loadingControl')}</p>
    );
  } else if (flow) {
    title = (
      <>
        {flowFeature ? `${endName(flowFeature.properties.origin, lang)} → ${endName(flowFeature.properties.destination, lang)}` : flow}
        <span className="panel-subtitle">{t('flowOfPeople')}</span>
      </>
    );
    body = flowFeature ? <FlowCard flow={flowFeature} /> : flows && <p className="panel-status">{t('noSuchFlow', { id: flow })}</p>;
  }
  return (
    <aside className={`panel${expanded ? ' panel-expanded' : ''}`} aria-label={t('panelRegion')}>
      {!compact && (
        <button type="button" className="sheet-handle" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          <span aria-hidden="true" className="sheet-grip" />
          {expanded ? t('sheetLess') : t('sheetMore')}
        </button>
      )}
      {placesError && <LoadFailure what={t('whatPlaces')} error={placesError} onRetry={onRetryPlaces} />}
      {title ? back : null}
      <h2 ref={heading} tabIndex={-1}>
        {title ?? t('overviewTitle')}
      </h2>
      {body ?? (
        <>
          <p className="panel-intro">{t('overviewIntro')}</p>
          <Overview {...props} onSelectPlace={onSelectPlace} />
        </>
      )}
    </aside>
  );
}
