import type { Feature, FeatureCollection, Point } from 'geojson';
import { periodEnd } from '@/lib/dates/period';
import type { EventRecord } from '@/lib/schemas/event';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { Citation, ResolvedCitation } from '@/lib/schemas/source';
import type { Dataset } from './dataset';

export type PlaceProperties = Omit<PlaceRecord, 'id' | 'coordinates'> & { eventCount: number };
export type PlaceFeature = Feature<Point, PlaceProperties> & { id: string };

export type EventProperties = Omit<EventRecord, 'id' | 'actors' | 'sources'> & {
  /** Last day of the period the date stands for (equal to `date` for day precision). */
  dateEnd: string;
  placeName: string;
  actors: { id: string; name: string }[];
  sources: ResolvedCitation[];
};
export type EventFeature = Feature<Point, EventProperties> & { id: string };

/** Every place as a GeoJSON Point feature with its event count. */
export function placeFeatures(data: Dataset): FeatureCollection<Point, PlaceProperties> {
  const counts = new Map<string, number>();
  for (const e of data.events) counts.set(e.placeId, (counts.get(e.placeId) ?? 0) + 1);
  const features: PlaceFeature[] = data.places.map(({ id, coordinates, ...rest }) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { ...rest, eventCount: counts.get(id) ?? 0 },
  }));
  return { type: 'FeatureCollection', features };
}

/** One event as a GeoJSON Point at its place, with actors and sources resolved. */
export function eventFeature(data: Dataset, event: EventRecord): EventFeature {
  const { id, actors, sources, ...rest } = event;
  const place = data.placeById.get(event.placeId)!;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: place.coordinates },
    properties: {
      ...rest,
      dateEnd: periodEnd(event.date, event.datePrecision),
      placeName: place.name,
      actors: actors.map((a) => actorRef(data, a)),
      sources: resolveCitations(data, sources),
    },
  };
}

/** Citations with their source's URL, publisher, title and date filled in. */
export function resolveCitations(data: Dataset, citations: Citation[]): ResolvedCitation[] {
  return citations.map((c) => {
    const { url, publisher, title, published, language } = data.sources.get(c.sourceId)!;
    return { ...c, url, publisher, title, published, language };
  });
}

/** An actor as the API names it. */
export const actorRef = (data: Dataset, id: string) => ({ id, name: data.actorById.get(id)!.name });
