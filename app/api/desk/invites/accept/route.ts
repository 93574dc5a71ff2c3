import { errorResponse } from '@/lib/api/respond';
import { checkOrigin, deskJson, jsonBody, withDeskHeaders } from '@/lib/desk/guard';
import { acceptInvite } from '@/lib/desk/invites';
import { acceptBody } from '@/lib/desk/schemas';
import { getStore } from '@/lib/store';
import { otherMethods } from '@/lib/desk/methods';

/** POST /api/desk/invites/accept: { token, name, password } makes the invited account (then sign in). */
export async function POST(request: Request) {
  try {
    checkOrigin(request);
    const { token, name, password } = await jsonBody(request, acceptBody);
    return deskJson(await acceptInvite(await getStore(), token, name, password), 201);
  } catch (error) {
    return withDeskHeaders(errorResponse(error));
  }
}

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
