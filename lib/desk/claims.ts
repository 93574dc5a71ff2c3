import 'server-only';
import { z } from 'zod';
import { ApiError, notFound } from '@/lib/api/api-error';
import { DataError } from '@/lib/data/data-error';
import { eventCorrection, eventRecord, type EventRecord } from '@/lib/schemas/event';
import { placeRecord, type PlaceRecord } from '@/lib/schemas/place';
import type { WriteBatch } from '@/lib/store/batch';
import type { DraftRow, DraftState } from './desk-store';
import type { DeskContext } from './guard';
import { allows } from './roles';

/** A draft as the desk edits it: the event record, and the new place it stands at if any. */
export const draftBody = z.strictObject({ event: eventRecord, newPlace: placeRecord.optional() });
export type DraftBody = z.infer<typeof draftBody>;
export const sendBackBody = z.strictObject({ comment: z.string().trim().min(1, 'say what to change').max(1000) });
export const publishBody = z.strictObject({ ownDraft: z.literal(true).optional() });
export const retractBody = z.strictObject({ reason: z.string().trim().min(1, 'a retraction needs a public reason').max(500) });
export const correctBody = z.strictObject({ event: eventRecord, note: eventCorrection.shape.note });

/** A draft as the desk's pages and API show it. */
export type Draft = { id: string; state: DraftState; event: EventRecord; newPlace: PlaceRecord | null; author: string; comment: string | null; updatedAt: string };
export const draftOf = (r: DraftRow): Draft => ({ id: r.id, state: r.state, event: JSON.parse(r.record), newPlace: r.place ? JSON.parse(r.place) : null, author: r.author, comment: r.comment, updatedAt: r.updated_at });

/** The batch that puts a draft on the map: its new place, then its event. */
const batchOf = (event: EventRecord, place: PlaceRecord | null | undefined): WriteBatch => ({
  ...(place ? { places: [{ at: { file: 'desk', record: 'newPlace' }, value: place }] } : {}),
  events: [{ at: { file: 'desk', record: 'event' }, value: event }],
});

/** Writes (or with dryRun, checks) through the store's own write path; a failed check is a 400 naming the field. */
async function write({ store, user }: DeskContext, batch: WriteBatch, dryRun: boolean) {
  try {
    return await store.write(batch, { dryRun, by: `desk ${user.email}` });
  } catch (e) {
    if (e instanceof DataError) throw new ApiError(400, 'invalid_claim', `${e.record}: ${e.reason}`, e.record);
    throw e;
  }
}

/** Checks a draft by every rule of the store (quote verbatim in the archived text, date words in the quote, references), writing nothing. */
async function check(ctx: DeskContext, { event, newPlace }: { event: EventRecord; newPlace?: PlaceRecord | null }) {
  if (newPlace) {
    if ((await ctx.store.situation()).placeById.has(newPlace.id)) throw new ApiError(409, 'place_exists', `a place "${newPlace.id}" exists already: pick it instead of making a new one`, 'newPlace.id');
    if (event.placeId !== newPlace.id) throw new ApiError(400, 'invalid_field', 'event.placeId must be the new place\'s id', 'event.placeId');
  }
  await write(ctx, batchOf(event, newPlace), true);
}

async function draftIn(ctx: DeskContext, id: string, states: DraftState[]): Promise<DraftRow> {
  const row = await ctx.desk.draft(id);
  if (!row) throw notFound(`no draft has the id "${id}"`, 'id');
  if (!states.includes(row.state)) throw new ApiError(409, 'wrong_state', `the draft is ${row.state}, not ${states.join(' or ')}`, 'state');
  return row;
}

/** Makes a draft (any role): checked by the store's rules first. */
export async function createDraft(ctx: DeskContext, body: DraftBody): Promise<Draft> {
  const id = body.event.id;
  if ((await ctx.store.event(id)) || (await ctx.desk.draft(id))) throw new ApiError(409, 'id_taken', `an event or draft "${id}" exists already: change the title or the id`, 'event.id');
  await check(ctx, body);
  if (!(await ctx.desk.insertDraft({ id, record: JSON.stringify(body.event), place: body.newPlace ? JSON.stringify(body.newPlace) : null, author: ctx.user.email }))) throw new ApiError(409, 'id_taken', `a draft "${id}" exists already`, 'event.id');
  await ctx.desk.audit(ctx.user.email, 'draft-create', id);
  return draftOf((await ctx.desk.draft(id))!);
}

/** Changes a draft still in draft: its author, or an editor. */
export async function updateDraft(ctx: DeskContext, id: string, body: DraftBody): Promise<Draft> {
  const row = await draftIn(ctx, id, ['draft']);
  if (row.author !== ctx.user.email && !allows(ctx.user.role, 'editor')) throw new ApiError(403, 'forbidden', "only its author or an editor may change someone's draft", 'role');
  if (body.event.id !== id) throw new ApiError(400, 'invalid_field', 'event.id cannot change', 'event.id');
  await check(ctx, body);
  if (!(await ctx.desk.moveDraft(id, 'draft', 'draft', { record: JSON.stringify(body.event), place: body.newPlace ? JSON.stringify(body.newPlace) : null }))) throw new ApiError(409, 'wrong_state', 'the draft changed state meanwhile', 'state');
  await ctx.desk.audit(ctx.user.email, 'draft-edit', id);
  return draftOf((await ctx.desk.draft(id))!);
}

/** Sends a draft to review (editor): checked again, as the store may have changed since. */
export async function submitDraft(ctx: DeskContext, id: string): Promise<Draft> {
  const draft = draftOf(await draftIn(ctx, id, ['draft']));
  await check(ctx, draft);
  if (!(await ctx.desk.moveDraft(id, 'draft', 'review', { comment: null }))) throw new ApiError(409, 'wrong_state', 'the draft changed state meanwhile', 'state');
  await ctx.desk.audit(ctx.user.email, 'submit', id);
  return draftOf((await ctx.desk.draft(id))!);
}

/** Sends a draft in review back to draft with a comment (publisher). */
export async function sendBack(ctx: DeskContext, id: string, comment: string): Promise<Draft> {
  await draftIn(ctx, id, ['review']);
  if (!(await ctx.desk.moveDraft(id, 'review', 'draft', { comment }))) throw new ApiError(409, 'wrong_state', 'the draft changed state meanwhile', 'state');
  await ctx.desk.audit(ctx.user.email, 'send-back', id, comment);
  return draftOf((await ctx.desk.draft(id))!);
}

/**
 * Publishes a draft in review (publisher) through the store's write path: checked, versioned,
 * announced on the changes stream. Nobody publishes their own draft, unless they are the only
 * publisher and say so (`ownDraft: true`).
 */
export async function publish(ctx: DeskContext, id: string, ownDraft: boolean): Promise<Draft> {
  const draft = draftOf(await draftIn(ctx, id, ['review']));
  if (draft.author === ctx.user.email) {
    const publishers = (await ctx.desk.users()).filter((u) => allows(u.role, 'publisher'));
    if (publishers.length > 1) throw new ApiError(403, 'own_draft', 'a second person publishes what you wrote: ask another publisher', 'ownDraft');
    if (!ownDraft) throw new ApiError(403, 'own_draft', 'this is your own draft: as the only publisher, say so (ownDraft: true) to publish it', 'ownDraft');
  }
  await check(ctx, draft);
  const result = await write(ctx, batchOf(draft.event, draft.newPlace), false);
  if (!(await ctx.desk.moveDraft(id, 'review', 'published'))) throw new ApiError(409, 'wrong_state', 'the draft was published or sent back meanwhile', 'state');
  await ctx.desk.audit(ctx.user.email, 'publish', id, `version ${result.version}${draft.author === ctx.user.email ? ' (own draft, only publisher)' : ''}`);
  return draftOf((await ctx.desk.draft(id))!);
}

/** Retracts a published event with a public reason (publisher): it leaves the map, its page keeps a notice. */
export async function retract(ctx: DeskContext, id: string, reason: string) {
  if (!(await ctx.store.event(id))) throw notFound(`no published event has the id "${id}"`, 'id');
  try {
    await ctx.store.write({ retract: [{ at: { file: 'desk', record: 'retraction' }, value: { kind: 'event', id, reason } }] }, { by: `desk ${ctx.user.email}` });
  } catch (e) {
    if (e instanceof DataError) throw new ApiError(400, 'invalid_claim', `${e.record}: ${e.reason}`, 'reason');
    throw e;
  }
  await ctx.desk.moveDraft(id, 'published', 'retracted');
  await ctx.desk.audit(ctx.user.email, 'retract', id, reason);
}

/**
 * Corrects a published event (editor): the new record, with a note readers see on the event
 * ("Corrected 3 Dec 2024: …"); the record it replaces is kept as a revision.
 */
export async function correct(ctx: DeskContext, id: string, event: EventRecord, note: string): Promise<EventRecord> {
  const current = await ctx.store.event(id);
  if (!current) throw notFound(`no published event has the id "${id}"`, 'id');
  if (event.id !== id) throw new ApiError(400, 'invalid_field', 'event.id cannot change', 'event.id');
  const corrected: EventRecord = { ...event, corrections: [...(current.corrections ?? []), { date: new Date().toISOString().slice(0, 10), note }] };
  await write(ctx, batchOf(corrected, null), false);
  await ctx.desk.moveDraft(id, 'published', 'published', { record: JSON.stringify(corrected) });
  await ctx.desk.audit(ctx.user.email, 'correct', id, note);
  return corrected;
}
