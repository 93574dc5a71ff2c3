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

/** The record's fields an event feature leaves out of its properties (they are its id, or resolved anew). */
const NOT_PROPERTIES = new Set(['id', 'actors', 'sources', 'dateUntil']);

/**
 * One event as a GeoJSON Point at its place, with actors and sources resolved. Built field by
 * field rather than by rest and spread: a page of events at a million is built many times a
 * second, and this is several times quicker (the same properties, in the record's order).
 */
export function eventFeature(data: Situation, event: EventRecord, sources: Map<string, SourceRecord>): EventFeature {
  const place = data.placeById.get(event.placeId)!;
  const properties: Record<string, unknown> = {};
  for (const key in event) if (!NOT_PROPERTIES.has(key)) properties[key] = event[key as keyof EventRecord];
  properties.dateEnd = periodEnd(event.date, event.datePrecision, event.dateUntil);
  properties.placeName = place.name;
  properties.actors = event.actors.map((a) => actorRef(data, a));
  properties.sources = resolveCitations(sources, event.sources);
  return { type: 'Feature', id: event.id, geometry: { type: 'Point', coordinates: place.coordinates }, properties: properties as EventProperties };
}

/** Citations with their source's URL, publisher, title and date filled in, and a dataset's licence, credit, version and terms. */
export function resolveCitations(sources: Map<string, SourceRecord>, citations: Citation[]): ResolvedCitation[] {
  return citations.map((c) => {
    const s = sources.get(c.sourceId)!;
    const out: Record<string, unknown> = {};
    for (const key in c) out[key] = c[key as keyof Citation];
    out.url = s.url;
    out.publisher = s.publisher;
    out.title = s.title;
    out.published = s.published;
    out.language = s.language;
    if (s.licence) out.licence = s.licence;
    if (s.attribution) out.sourceAttribution = s.attribution;
    if (s.version) out.version = s.version;
    if (s.retrieved) out.retrieved = s.retrieved;
    if (s.redistributable !== undefined) out.redistributable = s.redistributable;
    return out as ResolvedCitation;
  });
}

/** An actor as the API names it. */
export const actorRef = (data: Situation, id: string) => ({ id, name: data.actorById.get(id)!.name });
