import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { createInvite } from '@/lib/desk/invites';
import { inviteBody } from '@/lib/desk/schemas';
import { otherMethods } from '@/lib/desk/methods';

/** POST /api/desk/invites (admin): { email, role } → the one-time link to pass on. */
export const POST = deskRoute('admin', async (request, { store, user }) => {
  const { email, role } = await jsonBody(request, inviteBody);
  const { path } = await createInvite(store, email, role, user.email);
  return deskJson({ email, role, link: new URL(path, process.env.DESK_URL ?? new URL(request.url).origin).toString() }, 201);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
