import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { EventRecord, EventStatus } from '@/lib/schemas/event';
import type { ResolvedCitation, SourceRecord } from '@/lib/schemas/source';
import type { ItineraryRecord } from '@/lib/schemas/movement';
import type { Situation } from '@/lib/store/situation';
import { actorRef, resolveCitations } from './features';

type StopEvent = { id: string; title: string; date: string; status: EventStatus };

export type StopProperties = {
  featureType: 'stop';
  itineraryId: string;
  person: { id: string; name: string };
  /** 1 for the first stop. */
  number: number;
  placeId: string;
  placeName: string;
  /** The day of the stop's first event (its arrival) and of its last reported one. */
  date: string;
  dateEnd: string;
  /** Days of events there that were announced but not reported as held. */
  expectedDates: string[];
  /** The trip's corrections made at the desk, oldest first (each stop carries its trip's). */
  corrections?: ItineraryRecord['corrections'];
  /** `expected` when the reader can only expect the arrival; a reported arrival is `reported`. */
  status: EventStatus;
  events: StopEvent[];
};

export type LegProperties = {
  featureType: 'leg';
  itineraryId: string;
  person: { id: string; name: string };
  number: number;
  from: { placeId: string; placeName: string };
  to: { placeId: string; placeName: string };
  /** The day of the arrival event that ends the leg. */
  date: string;
  status: EventStatus;
  eventIds: string[];
  sources: ResolvedCitation[];
};

export type ItineraryFeature = (Feature<Point, StopProperties> | Feature<LineString, LegProperties>) & { id: string };

/** Every itinerary as its legs (LineStrings between stops) and its numbered, dated stops (Points); `events` holds the stops' events and `sources` their sources. */
export function itineraryFeatures(data: Situation, eventById: Map<string, EventRecord>, sources: Map<string, SourceRecord>): FeatureCollection<Point | LineString, StopProperties | LegProperties> {
  const features: ItineraryFeature[] = [];
  for (const it of data.itineraries) {
    const person = actorRef(data, it.person);
    const stops = it.stops.map((stop, i) => {
      const place = data.placeById.get(stop.placeId)!;
      const events = stop.eventIds.map((id) => eventById.get(id)!);
      const reported = events.filter((e) => e.status === 'reported').map((e) => e.date).sort();
      const expectedDates = [...new Set(events.filter((e) => e.status === 'expected').map((e) => e.date))].sort();
      return {
        place,
        arrival: events[0],
        properties: {
          featureType: 'stop' as const, itineraryId: it.id, person, number: i + 1,
          placeId: place.id, placeName: place.name, date: events[0].date, dateEnd: reported.at(-1) ?? events[0].date, expectedDates,
          status: events[0].status,
          events: events.map(({ id, title, date, status }) => ({ id, title, date, status })),
          ...(it.corrections && { corrections: it.corrections }),
        },
      };
    });
    stops.forEach((stop, i) => {
      if (i > 0) {
        const from = stops[i - 1];
        features.push({
          type: 'Feature',
          id: `${it.id}-leg-${i}`,
          geometry: { type: 'LineString', coordinates: [from.place.coordinates, stop.place.coordinates] },
          properties: {
            featureType: 'leg', itineraryId: it.id, person, number: i,
            from: { placeId: from.place.id, placeName: from.place.name },
            to: { placeId: stop.place.id, placeName: stop.place.name },
            date: stop.arrival.date, status: stop.arrival.status, eventIds: [stop.arrival.id],
            sources: resolveCitations(sources, stop.arrival.sources),
          },
        });
      }
      features.push({ type: 'Feature', id: `${it.id}-stop-${i + 1}`, geometry: { type: 'Point', coordinates: stop.place.coordinates }, properties: stop.properties });
    });
  }
  return { type: 'FeatureCollection', features };
}
