import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { noQuery } from '@/lib/contract/queries';
import { itineraryFeatures } from '@/lib/data/itineraries';

/** GET /api/itineraries: each trip's legs (LineStrings) and numbered, dated stops (Points), with event ids. */
export const GET = geoJsonRoute(async (url, _context, store) => {
  parseQuery(noQuery, url);
  const situation = await store.situation();
  const events = await store.eventsById(situation.itineraries.flatMap((it) => it.stops.flatMap((s) => s.eventIds)));
  const sources = await store.sources(events.flatMap((e) => e.sources.map((c) => c.sourceId)));
  return itineraryFeatures(situation, new Map(events.map((e) => [e.id, e])), sources);
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
