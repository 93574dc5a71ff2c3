import 'server-only';
import type { SourceRecord } from '@/lib/schemas/source';
import type { DeskContext } from './guard';

/** What the event form chooses from: the archived sources (newest first) and the actors. */
export async function eventFormChoices({ desk, store }: DeskContext) {
  const sources = (await desk.sourceList()).map((r) => JSON.parse(r.record) as SourceRecord).sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  const actors = [...(await store.situation()).actorById.values()].map((a) => ({ id: a.id, name: a.name })).sort((a, b) => a.name.localeCompare(b.name));
  return { sources: sources.map(({ id, title, publisher, published }) => ({ id, title, publisher, published })), actors };
}
