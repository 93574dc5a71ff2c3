import type { Feature, FeatureCollection, Point } from 'geojson';
import { periodEnd } from '@/lib/dates/period';
import type { EventRecord } from '@/lib/schemas/event';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { Citation, ResolvedCitation } from '@/lib/schemas/source';
import type { Dataset } from './dataset';
import { countInSpan } from './event-index';

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

const placeCache = new WeakMap<Dataset, FeatureCollection<Point, PlaceProperties>>();

/** Every place as a GeoJSON Point feature with its event count (made once per dataset). */
export function placeFeatures(data: Dataset): FeatureCollection<Point, PlaceProperties> {
  const cached = placeCache.get(data);
  if (cached) return cached;
  const features: PlaceFeature[] = data.places.map(({ id, coordinates, ...rest }) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { ...rest, eventCount: data.eventIndex.datedByPlace.get(id)?.events.length ?? 0 },
  }));
  const collection: FeatureCollection<Point, PlaceProperties> = { type: 'FeatureCollection', features };
  placeCache.set(data, collection);
  return collection;
}

/** Events per place overlapping an inclusive span, for the places that have any: what the map counts and clusters. */
export type PlaceCounts = { from: string | null; to: string | null; total: number; counts: Record<string, number> };

export function placeCounts(data: Dataset, from?: string, to?: string): PlaceCounts {
  const counts: Record<string, number> = {};
  let total = 0;
  for (const id of data.eventIndex.placeIds) {
    const n = countInSpan(data.eventIndex, id, from, to);
    if (n > 0) counts[id] = n;
    total += n;
  }
  return { from: from ?? null, to: to ?? null, total, counts };
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
