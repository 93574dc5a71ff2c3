import { notFound } from '@/lib/api/api-error';
import { draftBody, draftOf, updateDraft } from '@/lib/desk/claims';
import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';

type Context = { params: Promise<{ id: string }> };

/** GET /api/desk/drafts/{id}: one draft. */
export const GET = deskRoute('contributor', async (_request, { desk }, { params }: Context) => {
  const { id } = await params;
  const row = await desk.draft(id);
  if (!row) throw notFound(`no draft has the id "${id.slice(0, 100)}"`, 'id');
  return deskJson({ draft: draftOf(row) });
});

/** PUT /api/desk/drafts/{id}: changes a draft still in draft (its author, or an editor). */
export const PUT = deskRoute('contributor', async (request, ctx, { params }: Context) => {
  const { id } = await params;
  return deskJson({ draft: await updateDraft(ctx, id, await jsonBody(request, draftBody)) });
});

export const { POST, PATCH, DELETE } = otherMethods('GET', 'PUT');
