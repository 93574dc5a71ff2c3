import { errorResponse } from '@/lib/api/respond';
import { checkOrigin, deskJson, deskRoute, jsonBody, withDeskHeaders } from '@/lib/desk/guard';
import { signInBody } from '@/lib/desk/schemas';
import { signIn, signOut } from '@/lib/desk/sign-in';
import { getStore } from '@/lib/store';
import { otherMethods } from '@/lib/desk/methods';

/** GET /api/desk/session: who is signed in (401 when nobody). */
export const GET = deskRoute('contributor', async (_request, { user }) => deskJson({ user }));

/** POST /api/desk/session: signs in with { email, password }. */
export async function POST(request: Request) {
  try {
    checkOrigin(request);
    const { email, password } = await jsonBody(request, signInBody);
    return await signIn(await getStore(), request, email, password);
  } catch (error) {
    return withDeskHeaders(errorResponse(error));
  }
}

/** DELETE /api/desk/session: signs out. */
export const DELETE = deskRoute('contributor', async (request, { store, user }) => signOut(store, request, user.email));

export const { PUT, PATCH } = otherMethods('GET', 'POST', 'DELETE');
