import { correct, correctBody } from '@/lib/desk/claims';
import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';

type Context = { params: Promise<{ id: string }> };

/** POST /api/desk/events/{id}/correct (editor): { event, note } publishes the corrected record with a note readers see. */
export const POST = deskRoute('editor', async (request, ctx, { params }: Context) => {
  const { id } = await params;
  const { event, note } = await jsonBody(request, correctBody);
  return deskJson({ event: await correct(ctx, id, event, note) });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
