'use client';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { PlaceFeature } from '@/lib/data/features';
import type { FlowProperties } from '@/lib/data/flows';
import type { LegProperties, StopProperties } from '@/lib/data/itineraries';
import { formatPeriod } from '@/lib/dates/format';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { EventList } from './event-list';
import { countLabel } from './place-subtitle';

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
  const total = places?.reduce((n, p) => n + p.properties.eventCount, 0) ?? 0;
  const stops = (itineraries?.features ?? []).filter((f) => f.properties.featureType === 'stop') as { properties: StopProperties }[];
  return (
    <>
      <ul className="place-list" aria-label="Places">
        {places?.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => onSelectPlace(p.id)}>
              {p.properties.name} <span className="place-list-count">{countLabel(p.properties.eventCount)}</span>
            </button>
          </li>
        ))}
      </ul>
      {control && control.features.length > 0 && (
        <ul className="place-list" aria-label="Control areas">
          {control.features.map((f) => (
            <li key={f.properties.areaId}>
              <button type="button" onClick={() => onSelectArea(f.properties.areaId)}>
                {f.properties.name}: who holds it <span className="place-list-count">{f.properties.actor.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {flows && flows.features.length > 0 && (
        <ul className="place-list" aria-label="Flows">
          {flows.features.map((f) => (
            <li key={String(f.id)}>
              <button type="button" onClick={() => onSelectFlow(String(f.id))}>
                {f.properties.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {stops.length > 0 && (
        <>
          <h3 className="panel-section">Route: {stops[0].properties.person.name}</h3>
          <ol className="route-stops">
            {stops.map(({ properties: s }) => (
              <li key={`${s.itineraryId}-${s.number}`}>
                <button type="button" className="panel-back" onClick={() => onSelectPlace(s.placeId)}>
                  {s.placeName}
                </button>
                , {formatPeriod(s.date, 'day', s.date)}
                {s.dateEnd !== s.date && ` – ${formatPeriod(s.dateEnd, 'day', s.dateEnd)}`}
                {s.events.some((e) => e.status === 'expected') && ' (talks expected)'}
              </li>
            ))}
          </ol>
        </>
      )}
      <h3 className="panel-section">Events up to this date</h3>
      <EventList label="all places" date={date} total={total} />
    </>
  );
}
