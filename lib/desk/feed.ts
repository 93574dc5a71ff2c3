import 'server-only';
import { periodEnd } from '@/lib/dates/period';
import { inBbox } from '@/lib/geo/in-bbox';
import type { MapSettings } from '@/lib/maps/map-settings';
import type { EventRecord } from '@/lib/schemas/event';
import type { Store } from '@/lib/store';
import { eventPagePath } from '@/lib/url/event-page';
import { deskStore } from './desk-store';

/** How many changes the feed lists. */
const FEED_LENGTH = 50;
/** How many of the newest changes a map's feed looks through for its own. */
const MAP_FEED_SCAN = 2000;
const VERB: Record<string, string> = { publish: 'Published', correct: 'Corrected', retract: 'Retracted' };

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Whether an event falls within a map: its events layer shown, its place in the map's region, its period overlapping the map's days. */
function onMap(event: EventRecord | undefined, map: MapSettings, placeAt: (id: string) => readonly number[] | undefined): boolean {
  if (!event || !map.layers.includes('events')) return false;
  const at = placeAt(event.placeId);
  if (!at || !inBbox(at, map.bbox)) return false;
  return (map.last === null || event.date <= map.last) && (map.first === null || periodEnd(event.date, event.datePrecision, event.dateUntil) >= map.first);
}

/**
 * An Atom feed of what the desk published, corrected and retracted, newest first, each entry
 * linking to the event's own page: of the whole site, or (with `map`) of the changes within one
 * map's region, days and layers, at /m/{slug}/feed.xml. Says what readers may know (the title,
 * the summary, the correction's note, the retraction's reason), never who at the desk did it.
 */
export async function publishedFeed(store: Store, origin: string, title: string, map?: MapSettings): Promise<string> {
  const desk = deskStore(store);
  const logged = await desk.auditOfEvents(Object.keys(VERB), map ? MAP_FEED_SCAN : FEED_LENGTH);
  const records = new Map<string, EventRecord | undefined>();
  for (const id of new Set(logged.map((e) => e.subject))) {
    const draft = await desk.draft(id);
    records.set(id, draft?.kind === 'event' ? (JSON.parse(draft.record) as EventRecord) : await store.event(id));
  }
  const placeById = map && (await store.situation()).placeById;
  const entries = map ? logged.filter((e) => onMap(records.get(e.subject), map, (id) => placeById!.get(id)?.coordinates)).slice(0, FEED_LENGTH) : logged;
  const self = new URL(map ? `/m/${map.slug}/feed.xml` : '/feed.xml', origin).toString();
  const page = new URL(map ? `/m/${map.slug}` : '/', origin).toString();
  const body = entries.map((e) => {
    const event = records.get(e.subject);
    const link = new URL(eventPagePath(e.subject), origin).toString();
    const what = e.action === 'publish' ? (event?.summary ?? '') : e.detail;
    return [
      '  <entry>',
      `    <id>${xml(`${link}#${e.action}-${e.at}`)}</id>`,
      `    <title>${xml(`${VERB[e.action]}: ${event?.title ?? e.subject}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <updated>${xml(e.at)}</updated>`,
      `    <summary>${xml(what)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(self)}</id>`,
    `  <title>${xml(map ? `${title}: ${map.title}` : title)}: published changes</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(page)}"/>`,
    `  <updated>${xml(entries[0]?.at ?? new Date(0).toISOString())}</updated>`,
    `  <author><name>${xml(title)}</name></author>`,
    ...body,
    '</feed>',
    '',
  ].join('\n');
}
