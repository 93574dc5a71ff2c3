import { notFound } from '@/lib/api/api-error';
import { deskJson, deskRoute } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';

type Context = { params: Promise<{ id: string }> };

/** GET /api/desk/sources/{id}: a source's record and archived text (for the quote picker). */
export const GET = deskRoute('contributor', async (_request, { desk }, { params }: Context) => {
  const { id } = await params;
  const found = await desk.sourceText(id);
  if (!found) throw notFound(`no source has the id "${id.slice(0, 100)}"`, 'id');
  return deskJson({ source: JSON.parse(found.record), text: found.text, ...(found.truncated && { truncated: true }) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
