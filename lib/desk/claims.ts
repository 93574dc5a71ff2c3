import 'server-only';
import { z } from 'zod';
import { ApiError, notFound } from '@/lib/api/api-error';
import { DataError } from '@/lib/data/data-error';
import { controlPeriodRecord } from '@/lib/schemas/control';
import { eventCorrection, eventRecord, type EventRecord } from '@/lib/schemas/event';
import { flowRecord, itineraryRecord } from '@/lib/schemas/movement';
import { placeRecord, type PlaceRecord } from '@/lib/schemas/place';
import type { WriteBatch } from '@/lib/store/batch';
import { KINDS, type Claim } from './claim-kinds';
import type { DraftRow, DraftState } from './desk-store';
import { DRAFT_KINDS, type DraftKind } from './draft-kinds';
import type { DeskContext } from './guard';
import { allows } from './roles';

/**
 * A draft as the desk edits it: its kind and its record under the kind's name (`event`,
 * `control`, `flow`, `leg`), and the new place it stands at or joins if any. A body without a
 * kind is an event's, as before there were other kinds.
 */
export const draftBody = z.preprocess(
  (v) => (v && typeof v === 'object' && !Array.isArray(v) && !('kind' in v) ? { ...v, kind: 'event' } : v),
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('event'), event: eventRecord, newPlace: placeRecord.optional() }),
    z.strictObject({ kind: z.literal('control'), control: controlPeriodRecord }),
    z.strictObject({ kind: z.literal('flow'), flow: flowRecord, newPlace: placeRecord.optional() }),
    z.strictObject({ kind: z.literal('leg'), leg: itineraryRecord, newPlace: placeRecord.optional() }),
  ]),
);
export type DraftBody = z.infer<typeof draftBody>;
export const sendBackBody = z.strictObject({ comment: z.string().trim().min(1, 'say what to change').max(1000) });
export const publishBody = z.strictObject({ ownDraft: z.literal(true).optional() });
export const retractBody = z.strictObject({ reason: z.string().trim().min(1, 'a retraction needs a public reason').max(500) });
const note = eventCorrection.shape.note;
/** A correction of a published claim: the new record under the kind's name, and a note (`{ event, note }`). */
export const correctBodyOf = (kind: DraftKind) => z.strictObject({ [kind]: KINDS[kind].schema, note }) as unknown as z.ZodType<Record<DraftKind, Claim> & { note: string }>;
/** A claim kind named in a path. */
export const kindParam = z.enum(DRAFT_KINDS, 'must be event, control, flow or leg');

/** What a draft proposes: its kind, its record, and the new place with it. */
type Proposal = { kind: DraftKind; record: Claim; newPlace?: PlaceRecord | null };
/** A claim with the corrections it carries for readers. */
type Corrected = Claim & { corrections?: EventRecord['corrections'] };
const proposalOf = (body: DraftBody): Proposal => ({ kind: body.kind, record: (body as Record<string, unknown>)[body.kind] as Claim, newPlace: 'newPlace' in body ? body.newPlace : undefined });

/** A draft as the desk's pages and API show it (an event's record also under `event`, as before other kinds); `name` names what its title refers to. */
export type Draft = { id: string; kind: DraftKind; state: DraftState; record: Claim; event?: EventRecord; title: string; date: string | null; newPlace: PlaceRecord | null; author: string; comment: string | null; updatedAt: string };
export function draftOf(r: DraftRow, name?: (id: string) => string): Draft {
  const record = JSON.parse(r.record) as Claim;
  const kind = r.kind ?? 'event';
  return {
    id: r.id, kind, state: r.state, record, ...(kind === 'event' ? { event: record as EventRecord } : {}),
    title: KINDS[kind].title(record, name), date: KINDS[kind].date(record) ?? null,
    newPlace: r.place ? JSON.parse(r.place) : null, author: r.author, comment: r.comment, updatedAt: r.updated_at,
  };
}

/** What the audit log calls a claim: an event by its id (the feed reads those), another kind as `kind:id`. */
export const auditSubject = (kind: DraftKind, id: string) => (kind === 'event' ? id : `${kind}:${id}`);

/** The batch that puts a draft on the map: its new place, then its record. */
const batchOf = ({ kind, record, newPlace }: Proposal): WriteBatch => ({
  ...(newPlace ? { places: [{ at: { file: 'desk', record: 'newPlace' }, value: newPlace }] } : {}),
  [KINDS[kind].put]: [{ at: { file: 'desk', record: kind }, value: record }],
});

/** Writes (or with dryRun, checks) through the store's own write path; a failed check is a 400 naming the field. */
async function write({ store, user }: DeskContext, batch: WriteBatch, dryRun: boolean, kind: DraftKind) {
  try {
    return await store.write(batch, { dryRun, by: `desk ${user.email}` });
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    // A rule over several records (an area's periods) names the record by its id: name the draft's field instead.
    const field = e.record.replace(/^\(id "[^"]*"\)/, kind);
    throw new ApiError(400, 'invalid_claim', `${field}: ${e.reason}`, field);
  }
}

/** Checks a draft by every rule of the store (quote verbatim in the archived text, date words in the quote, references), writing nothing. */
async function check(ctx: DeskContext, p: Proposal) {
  if (p.newPlace) {
    if ((await ctx.store.situation()).placeById.has(p.newPlace.id)) throw new ApiError(409, 'place_exists', `a place "${p.newPlace.id}" exists already: pick it instead of making a new one`, 'newPlace.id');
    if (!KINDS[p.kind].placeIds(p.record).includes(p.newPlace.id)) {
      const field = p.kind === 'event' ? 'event.placeId' : p.kind;
      throw new ApiError(400, 'invalid_field', `${field} must use the new place's id${p.kind === 'event' ? '' : ' at one of its ends or stops'}`, field);
    }
  }
  await write(ctx, batchOf(p), true, p.kind);
}

async function draftIn(ctx: DeskContext, id: string, states: DraftState[]): Promise<Draft> {
  const row = await ctx.desk.draft(id);
  if (!row) throw notFound(`no draft has the id "${id.slice(0, 100)}"`, 'id');
  if (!states.includes(row.state)) throw new ApiError(409, 'wrong_state', `the draft is ${row.state}, not ${states.join(' or ')}`, 'state');
  return draftOf(row);
}

/** Makes a draft (any role): checked by the store's rules first. */
export async function createDraft(ctx: DeskContext, body: DraftBody): Promise<Draft> {
  const p = proposalOf(body);
  const id = p.record.id;
  if ((await KINDS[p.kind].live(ctx.store, id)) || (await ctx.desk.draft(id))) throw new ApiError(409, 'id_taken', `a published ${p.kind} or a draft "${id}" exists already: change the title or the id`, `${p.kind}.id`);
  await check(ctx, p);
  if (!(await ctx.desk.insertDraft({ id, kind: p.kind, record: JSON.stringify(p.record), place: p.newPlace ? JSON.stringify(p.newPlace) : null, author: ctx.user.email }))) throw new ApiError(409, 'id_taken', `a draft "${id}" exists already`, `${p.kind}.id`);
  await ctx.desk.audit(ctx.user.email, 'draft-create', auditSubject(p.kind, id));
  return draftOf((await ctx.desk.draft(id))!);
}

/** Changes a draft still in draft: its author, or an editor. */
export async function updateDraft(ctx: DeskContext, id: string, body: DraftBody): Promise<Draft> {
  const draft = await draftIn(ctx, id, ['draft']);
  const p = proposalOf(body);
  if (draft.author !== ctx.user.email && !allows(ctx.user.role, 'editor')) throw new ApiError(403, 'forbidden', "only its author or an editor may change someone's draft", 'role');
  if (p.kind !== draft.kind) throw new ApiError(400, 'invalid_field', `kind cannot change: the draft is a ${draft.kind}`, 'kind');
  if (p.record.id !== id) throw new ApiError(400, 'invalid_field', `${p.kind}.id cannot change`, `${p.kind}.id`);
  await check(ctx, p);
  if (!(await ctx.desk.moveDraft(id, 'draft', 'draft', { record: JSON.stringify(p.record), place: p.newPlace ? JSON.stringify(p.newPlace) : null }))) throw new ApiError(409, 'wrong_state', 'the draft changed state meanwhile', 'state');
  await ctx.desk.audit(ctx.user.email, 'draft-edit', auditSubject(p.kind, id));
  return draftOf((await ctx.desk.draft(id))!);
}

/** Sends a draft to review (editor): checked again, as the store may have changed since. */
export async function submitDraft(ctx: DeskContext, id: string): Promise<Draft> {
  const draft = await draftIn(ctx, id, ['draft']);
  await check(ctx, draft);
  if (!(await ctx.desk.moveDraft(id, 'draft', 'review', { comment: null }))) throw new ApiError(409, 'wrong_state', 'the draft changed state meanwhile', 'state');
  await ctx.desk.audit(ctx.user.email, 'submit', auditSubject(draft.kind, id));
  return draftOf((await ctx.desk.draft(id))!);
}

/** Sends a draft in review back to draft with a comment (publisher). */
export async function sendBack(ctx: DeskContext, id: string, comment: string): Promise<Draft> {
  const draft = await draftIn(ctx, id, ['review']);
  if (!(await ctx.desk.moveDraft(id, 'review', 'draft', { comment }))) throw new ApiError(409, 'wrong_state', 'the draft changed state meanwhile', 'state');
  await ctx.desk.audit(ctx.user.email, 'send-back', auditSubject(draft.kind, id), comment);
  return draftOf((await ctx.desk.draft(id))!);
}

/**
 * Publishes a draft in review (publisher) through the store's write path: checked, versioned,
 * announced on the changes stream. Nobody publishes their own draft, unless they are the only
 * publisher and say so (`ownDraft: true`).
 */
export async function publish(ctx: DeskContext, id: string, ownDraft: boolean): Promise<Draft> {
  const draft = await draftIn(ctx, id, ['review']);
  if (draft.author === ctx.user.email) {
    const publishers = (await ctx.desk.users()).filter((u) => allows(u.role, 'publisher'));
    if (publishers.length > 1) throw new ApiError(403, 'own_draft', 'a second person publishes what you wrote: ask another publisher', 'ownDraft');
    if (!ownDraft) throw new ApiError(403, 'own_draft', 'this is your own draft: as the only publisher, say so (ownDraft: true) to publish it', 'ownDraft');
  }
  await check(ctx, draft);
  const result = await write(ctx, batchOf(draft), false, draft.kind);
  if (!(await ctx.desk.moveDraft(id, 'review', 'published'))) throw new ApiError(409, 'wrong_state', 'the draft was published or sent back meanwhile', 'state');
  await ctx.desk.audit(ctx.user.email, 'publish', auditSubject(draft.kind, id), `version ${result.version}${draft.author === ctx.user.email ? ' (own draft, only publisher)' : ''}`);
  return draftOf((await ctx.desk.draft(id))!);
}

/** A published claim of a kind, or 404. */
export async function liveClaim(ctx: DeskContext, kind: DraftKind, id: string): Promise<Claim> {
  const live = await KINDS[kind].live(ctx.store, id);
  if (!live) throw notFound(`no published ${kind} has the id "${id.slice(0, 100)}"`, 'id');
  return live;
}

/** Marks a claim's draft (if the desk made it, and it is of this kind) with its new state or record. */
async function followDraft(ctx: DeskContext, kind: DraftKind, id: string, to: DraftState, set: { record?: string } = {}) {
  if ((await ctx.desk.draft(id))?.kind === kind) await ctx.desk.moveDraft(id, 'published', to, set);
}

/** Retracts a published claim with a public reason (publisher): it leaves the map and the API; the store keeps the reason. */
export async function retract(ctx: DeskContext, kind: DraftKind, id: string, reason: string) {
  await liveClaim(ctx, kind, id);
  try {
    await ctx.store.write({ retract: [{ at: { file: 'desk', record: 'retraction' }, value: { kind: KINDS[kind].retract, id, reason } }] }, { by: `desk ${ctx.user.email}` });
  } catch (e) {
    if (e instanceof DataError) throw new ApiError(400, 'invalid_claim', `${e.record}: ${e.reason}`, 'reason');
    throw e;
  }
  await followDraft(ctx, kind, id, 'retracted');
  await ctx.desk.audit(ctx.user.email, 'retract', auditSubject(kind, id), reason);
}

/**
 * Corrects a published claim (editor) with a note: the new record is written through the store
 * (the record it replaces is kept as a revision) and the note is in the audit log; an event also
 * carries it for readers ("Corrected 3 Dec 2024: …").
 */
export async function correct(ctx: DeskContext, kind: DraftKind, id: string, record: Claim, note: string): Promise<Claim> {
  const current = await liveClaim(ctx, kind, id);
  if (record.id !== id) throw new ApiError(400, 'invalid_field', `${kind}.id cannot change`, `${kind}.id`);
  // Every kind carries its corrections for readers.
  const corrected = { ...(record as Corrected), corrections: [...((current as Corrected).corrections ?? []), { date: new Date().toISOString().slice(0, 10), note }] };
  // Unchanged: the same claim apart from its notes (a note alone is not a correction).
  const claimOnly = (c: Claim) => JSON.stringify({ ...c, corrections: undefined });
  if (claimOnly(record) === claimOnly(current)) throw new ApiError(400, 'unchanged', `the corrected ${kind} is the same as the published one`, kind);
  await write(ctx, batchOf({ kind, record: corrected }), false, kind);
  await followDraft(ctx, kind, id, 'published', { record: JSON.stringify(corrected) });
  await ctx.desk.audit(ctx.user.email, 'correct', auditSubject(kind, id), note);
  return corrected;
}
