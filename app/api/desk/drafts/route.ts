import { z } from 'zod';
import { parseQuery } from '@/lib/api/parse-query';
import { nameIn } from '@/lib/desk/claim-kinds';
import { createDraft, draftBody, draftOf } from '@/lib/desk/claims';
import { DRAFT_STATES } from '@/lib/desk/desk-store';
import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';

const draftsQuery = z.strictObject({ state: z.enum(DRAFT_STATES).optional() });

/** GET /api/desk/drafts[?state=]: drafts of every kind, newest change first, each with its kind and a title naming what it refers to. */
export const GET = deskRoute('contributor', async (request, { desk, store }) => {
  const { state } = parseQuery(draftsQuery, new URL(request.url));
  const name = nameIn(await store.situation());
  return deskJson({ drafts: (await desk.drafts(state)).map((r) => draftOf(r, name)) });
});

/** POST /api/desk/drafts: { event, newPlace? } makes a draft, checked by the store's rules (nothing published). */
export const POST = deskRoute('contributor', async (request, ctx) => deskJson({ draft: await createDraft(ctx, await jsonBody(request, draftBody)) }, 201));

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
