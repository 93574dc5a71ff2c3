import type { Feature, FeatureCollection, Point } from 'geojson';
import { periodEnd } from '@/lib/dates/period';
import type { EventRecord } from '@/lib/schemas/event';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { Citation, ResolvedCitation, SourceRecord } from '@/lib/schemas/source';
import type { Situation } from '@/lib/store/situation';

export type PlaceProperties = Omit<PlaceRecord, 'id' | 'coordinates'> & { eventCount: number };
export type PlaceFeature = Feature<Point, PlaceProperties> & { id: string };

export type EventProperties = Omit<EventRecord, 'id' | 'actors' | 'sources' | 'dateUntil'> & {
  /** Last day of the period the date stands for (equal to `date` for day precision). */
  dateEnd: string;
  placeName: string;
  actors: { id: string; name: string }[];
  sources: ResolvedCitation[];
};
export type EventFeature = Feature<Point, EventProperties> & { id: string };

/** Every place as a GeoJSON Point feature with its event count. */
export function placeFeatures(data: Situation, counts: Map<string, number>): FeatureCollection<Point, PlaceProperties> {
  const features: PlaceFeature[] = data.places.map(({ id, coordinates, ...rest }) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { ...rest, eventCount: counts.get(id) ?? 0 },
  }));
  return { type: 'FeatureCollection', features };
}

/** Events per place overlapping an inclusive span, for the places that have any: what the map counts and clusters. */
export type PlaceCounts = { from: string | null; to: string | null; total: number; counts: Record<string, number> };

/** The counts answer, places in id order. */
export function placeCounts(byPlace: Map<string, number>, from?: string, to?: string): PlaceCounts {
  const counts: Record<string, number> = {};
  let total = 0;
  for (const [id, n] of [...byPlace].sort(([a], [b]) => (a < b ? -1 : 1))) {
    counts[id] = n;
    total += n;
  }
  return { from: from ?? null, to: to ?? null, total, counts };
}

/** One event as a GeoJSON Point at its place, with actors and sources resolved. */
export function eventFeature(data: Situation, event: EventRecord, sources: Map<string, SourceRecord>): EventFeature {
  const { id, actors, sources: _sources, dateUntil, ...rest } = event;
  const place = data.placeById.get(event.placeId)!;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: place.coordinates },
    properties: {
      ...rest,
      dateEnd: periodEnd(event.date, event.datePrecision, dateUntil),
      placeName: place.name,
      actors: actors.map((a) => actorRef(data, a)),
      sources: resolveCitations(sources, event.sources),
    },
  };
}

/** Citations with their source's URL, publisher, title and date filled in, and a dataset's licence, credit, version and terms. */
export function resolveCitations(sources: Map<string, SourceRecord>, citations: Citation[]): ResolvedCitation[] {
  return citations.map((c) => {
    const { url, publisher, title, published, language, licence, attribution, version, retrieved, redistributable } = sources.get(c.sourceId)!;
    return {
      ...c,
      url,
      publisher,
      title,
      published,
      language,
      ...(licence && { licence }),
      ...(attribution && { sourceAttribution: attribution }),
      ...(version && { version }),
      ...(retrieved && { retrieved }),
      ...(redistributable !== undefined && { redistributable }),
    };
  });
}

/** An actor as the API names it. */
export const actorRef = (data: Situation, id: string) => ({ id, name: data.actorById.get(id)!.name });
