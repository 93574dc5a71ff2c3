import { notFound } from '@/lib/api/api-error';
import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { publishBatch, rejectBatch, rejectBatchBody } from '@/lib/desk/import-review';
import { otherMethods } from '@/lib/desk/methods';

type Context = { params: Promise<{ id: string; action: string }> };

/** POST /api/desk/imports/{id}/publish, /reject { comment } (publisher): decides a batch sent to review, in the audit log. */
export const POST = deskRoute('publisher', async (request, ctx, { params }: Context) => {
  const { id, action } = await params;
  if (action === 'publish') return deskJson(await publishBatch(ctx, id));
  if (action === 'reject') return deskJson({ batch: await rejectBatch(ctx, id, (await jsonBody(request, rejectBatchBody)).comment) });
  throw notFound(`no import batch action "${action.slice(0, 40)}": publish or reject`, 'action');
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
