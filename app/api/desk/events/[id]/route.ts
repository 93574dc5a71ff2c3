import { notFound } from '@/lib/api/api-error';
import { deskJson, deskRoute } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';

type Context = { params: Promise<{ id: string }> };

/** GET /api/desk/events/{id}: a published event's record as stored (what a correction starts from). */
export const GET = deskRoute('editor', async (_request, { store }, { params }: Context) => {
  const { id } = await params;
  const event = await store.event(id);
  if (!event) throw notFound(`no published event has the id "${id.slice(0, 100)}"`, 'id');
  return deskJson({ event });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
