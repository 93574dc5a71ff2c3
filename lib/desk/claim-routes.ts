import 'server-only';
import { notFound } from '@/lib/api/api-error';
import { correct, correctBodyOf, kindParam, liveClaim, retract, retractBody } from './claims';
import type { DraftKind } from './draft-kinds';
import { deskJson, deskRoute, jsonBody } from './guard';

/** A route's params: the claim's kind (absent under /api/desk/events, whose kind is event) and id. */
type Context = { params: Promise<{ kind?: string; id: string }> };

async function claimOf({ params }: Context): Promise<{ kind: DraftKind; id: string }> {
  const { kind = 'event', id } = await params;
  const parsed = kindParam.safeParse(kind);
  if (!parsed.success) throw notFound(`no kind of claim "${kind.slice(0, 40)}": event, control, flow or leg`, 'kind');
  return { kind: parsed.data, id };
}

/** GET …/{kind}/{id} (editor): a published claim's record as stored, under its kind's name (what a correction starts from). */
export const getClaim = deskRoute('editor', async (_request, ctx, context: Context) => {
  const { kind, id } = await claimOf(context);
  return deskJson({ [kind]: await liveClaim(ctx, kind, id) });
});

/** POST …/{kind}/{id}/correct (editor): `{ [kind]: record, note }` publishes the corrected record with its note. */
export const correctClaim = deskRoute('editor', async (request, ctx, context: Context) => {
  const { kind, id } = await claimOf(context);
  const body = await jsonBody(request, correctBodyOf(kind));
  return deskJson({ [kind]: await correct(ctx, kind, id, body[kind], body.note) });
});

/** POST …/{kind}/{id}/retract (publisher): `{ reason }` (public, required) takes the claim off the map. */
export const retractClaim = deskRoute('publisher', async (request, ctx, context: Context) => {
  const { kind, id } = await claimOf(context);
  const { reason } = await jsonBody(request, retractBody);
  await retract(ctx, kind, id, reason);
  return deskJson({ retracted: id, kind, reason });
});
