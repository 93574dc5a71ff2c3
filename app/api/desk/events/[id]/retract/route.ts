import { retract, retractBody } from '@/lib/desk/claims';
import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';

type Context = { params: Promise<{ id: string }> };

/** POST /api/desk/events/{id}/retract (publisher): { reason } (public, required) takes the event off the map. */
export const POST = deskRoute('publisher', async (request, ctx, { params }: Context) => {
  const { id } = await params;
  const { reason } = await jsonBody(request, retractBody);
  await retract(ctx, id, reason);
  return deskJson({ retracted: id, reason });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
