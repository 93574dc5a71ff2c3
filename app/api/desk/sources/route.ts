import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { addSource, sourceBody } from '@/lib/desk/sources';
import { otherMethods } from '@/lib/desk/methods';

/** GET /api/desk/sources: the archived sources (id, title, publisher, date, URL). */
export const GET = deskRoute('contributor', async (_request, { desk }) =>
  deskJson({ sources: (await desk.sourceList()).map((r) => JSON.parse(r.record)) }),
);

/** POST /api/desk/sources: archives a source with its pasted text; 409 for a URL or text archived already. */
export const POST = deskRoute('contributor', async (request, ctx) => deskJson({ source: await addSource(ctx, await jsonBody(request, sourceBody)) }, 201));

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
