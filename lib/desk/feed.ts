import 'server-only';
import type { EventRecord } from '@/lib/schemas/event';
import type { Store } from '@/lib/store';
import { eventPagePath } from '@/lib/url/event-page';
import { deskStore } from './desk-store';

/** How many changes the feed lists. */
const FEED_LENGTH = 50;
const VERB: Record<string, string> = { publish: 'Published', correct: 'Corrected', retract: 'Retracted' };

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * An Atom feed of what the desk published, corrected and retracted, newest first, each entry
 * linking to the event's own page. Says what readers may know (the title, the summary, the
 * correction's note, the retraction's reason), never who at the desk did it.
 */
export async function publishedFeed(store: Store, origin: string, title: string): Promise<string> {
  const desk = deskStore(store);
  const entries = await desk.auditOfEvents(Object.keys(VERB), FEED_LENGTH);
  const records = new Map<string, EventRecord | undefined>();
  for (const id of new Set(entries.map((e) => e.subject))) {
    const draft = await desk.draft(id);
    records.set(id, draft?.kind === 'event' ? (JSON.parse(draft.record) as EventRecord) : await store.event(id));
  }
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
    `  <id>${xml(new URL('/feed.xml', origin).toString())}</id>`,
    `  <title>${xml(title)}: published changes</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(new URL('/feed.xml', origin).toString())}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(new URL('/', origin).toString())}"/>`,
    `  <updated>${xml(entries[0]?.at ?? new Date(0).toISOString())}</updated>`,
    `  <author><name>${xml(title)}</name></author>`,
    ...body,
    '</feed>',
    '',
  ].join('\n');
}
