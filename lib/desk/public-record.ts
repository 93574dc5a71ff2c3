import 'server-only';
import type { EventRecord } from '@/lib/schemas/event';
import type { Store } from '@/lib/store';
import type { Revision } from '@/lib/store/backend';
import { deskStore } from './desk-store';

/** What readers may know of an event by its link: the live record, or the notice of its retraction, and its earlier states. */
export type PublicEventRecord =
  | { state: 'live'; event: EventRecord; history: Revision[] }
  | { state: 'retracted'; reason: string; at: string; title: string | null; history: Revision[] };

/** An event's record for its public page: live, retracted (with the public reason), or undefined if it never was. */
export async function publicEventRecord(store: Store, id: string): Promise<PublicEventRecord | undefined> {
  const [event, history] = await Promise.all([store.event(id), store.revisions('event', id)]);
  if (event) return { state: 'live', event, history };
  const retraction = history.findLast((r) => r.op === 'retract');
  if (!retraction) return undefined;
  const earlier = history.findLast((r) => r.op === 'update')?.record as EventRecord | undefined;
  const draft = await deskStore(store).draft(id);
  const title = draft?.kind === 'event' ? (JSON.parse(draft.record) as EventRecord).title : (earlier?.title ?? null);
  return { state: 'retracted', reason: (retraction.record as { reason: string }).reason, at: retraction.at, title, history };
}
