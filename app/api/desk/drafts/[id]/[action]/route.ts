import { ApiError, notFound } from '@/lib/api/api-error';
import { publish, publishBody, sendBack, sendBackBody, submitDraft } from '@/lib/desk/claims';
import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { allows, type Role } from '@/lib/desk/roles';
import { otherMethods } from '@/lib/desk/methods';

type Context = { params: Promise<{ id: string; action: string }> };

/** Who may move a draft, by the move. */
const NEEDS: Record<string, Role> = { submit: 'editor', 'send-back': 'publisher', publish: 'publisher' };

/** POST /api/desk/drafts/{id}/submit (editor), /send-back { comment } (publisher), /publish { ownDraft? } (publisher). */
export const POST = deskRoute('contributor', async (request, ctx, { params }: Context) => {
  const { id, action } = await params;
  const needed = NEEDS[action];
  if (!needed) throw notFound(`no draft action "${action.slice(0, 40)}": submit, send-back or publish`, 'action');
  if (!allows(ctx.user.role, needed)) throw new ApiError(403, 'forbidden', `${action} needs the ${needed} role; you are ${ctx.user.role}`, 'role');
  if (action === 'submit') return deskJson({ draft: await submitDraft(ctx, id) });
  if (action === 'send-back') return deskJson({ draft: await sendBack(ctx, id, (await jsonBody(request, sendBackBody)).comment) });
  return deskJson({ draft: await publish(ctx, id, (await jsonBody(request, publishBody)).ownDraft === true) });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
