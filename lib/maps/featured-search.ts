import 'server-only';
import type { Store } from '@/lib/store';
import type { EventRecord } from '@/lib/schemas/event';

/** An event as the featured-event picker lists it. */
export type FoundEvent = { id: string; title: string; date: string; place: string };

const FOUND = 20;
/** Rows read for a title search before the titles themselves are compared (the words may stand in a summary). */
const TITLE_CANDIDATES = 400;

/**
 * Live events whose title, or whose place's name (English, Arabic or another), holds the words:
 * those at matching places first (newest first), then those by title, at most 20.
 */
export async function findFeaturable(store: Store, q: string): Promise<FoundEvent[]> {
  const needle = q.toLocaleLowerCase();
  const situation = await store.situation();
  const placeName = (id: string) => situation.placeById.get(id)?.name ?? id;
  const found = new Map<string, EventRecord>();
  const places = situation.places.filter((p) => [p.name, ...Object.values(p.names)].some((n) => n.toLocaleLowerCase().includes(needle))).slice(0, 5);
  for (const p of places) for (const e of (await store.findEvents({ place: p.id }, { limit: FOUND, offset: 0, order: 'desc' })).events) found.set(e.id, e);
  if (found.size < FOUND) {
    const pattern = `%${JSON.stringify(needle).slice(1, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await store.backend.desk().sql.all<{ record: string }>("SELECT record FROM events WHERE retracted IS NULL AND LOWER(record) LIKE ? ESCAPE '\\' LIMIT ?", [pattern, TITLE_CANDIDATES]);
    for (const { record } of rows) {
      const e = JSON.parse(record) as EventRecord;
      if (e.title.toLocaleLowerCase().includes(needle)) found.set(e.id, e);
    }
  }
  return [...found.values()].slice(0, FOUND).map((e) => ({ id: e.id, title: e.title, date: e.date, place: placeName(e.placeId) }));
}
