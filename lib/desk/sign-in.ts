import 'server-only';
import { ApiError } from '@/lib/api/api-error';
import type { Store } from '@/lib/store';
import { deskAuth, DESK_API, DESK_PAGES } from './auth';
import { deskStore } from './desk-store';
import { DESK_HEADERS } from './guard';

/** Failed sign-ins of one address allowed in the window before the desk stops trying. */
export const SIGN_IN_LIMIT = 5;
export const SIGN_IN_WINDOW_S = 15 * 60;

/**
 * The session cookies of a sign-in or sign-out answer, for the desk's API (as the library sets
 * them) and again for the desk's pages: a cookie has one Path, and the session is sent to those
 * two and nowhere else on the site.
 */
function scopedCookies(from: Response, to: Headers) {
  for (const cookie of from.headers.getSetCookie()) {
    to.append('Set-Cookie', cookie);
    to.append('Set-Cookie', cookie.replace(/;\s*Path=[^;]*/i, `; Path=${DESK_PAGES}`));
  }
}

/**
 * Signs in with an address and password (the library checks the hash). Failed attempts are kept
 * in the audit log, and an address that failed SIGN_IN_LIMIT times in the window is refused (429)
 * until the window passes, on every instance alike (the log is in the store).
 */
export async function signIn(store: Store, request: Request, email: string, password: string): Promise<Response> {
  const desk = deskStore(store);
  const since = new Date(Date.now() - SIGN_IN_WINDOW_S * 1000).toISOString();
  if ((await desk.countSince('sign-in-failed', email, since)) >= SIGN_IN_LIMIT) {
    await desk.audit(email, 'sign-in-refused', email, 'too many failed attempts');
    throw new ApiError(429, 'too_many_attempts', `too many failed sign-ins for this address: try again in ${SIGN_IN_WINDOW_S / 60} minutes`, 'email');
  }
  const auth = await deskAuth(store);
  const answer = await auth.api.signInEmail({ body: { email, password }, headers: request.headers, asResponse: true });
  if (!answer.ok) {
    await desk.audit(email, 'sign-in-failed', email);
    throw new ApiError(401, 'invalid_credentials', 'that address and password do not match a desk account', 'password');
  }
  const { user } = (await answer.json()) as { user: { id: string; email: string; name: string; role: string } };
  await desk.audit(user.email, 'sign-in', user.email);
  const headers = new Headers(DESK_HEADERS);
  scopedCookies(answer, headers);
  return Response.json({ user: { id: user.id, email: user.email, name: user.name, role: user.role } }, { headers });
}

/** Ends the request's session and clears its cookies on both paths. */
export async function signOut(store: Store, request: Request, email: string): Promise<Response> {
  const auth = await deskAuth(store);
  const answer = await auth.api.signOut({ headers: request.headers, asResponse: true });
  await deskStore(store).audit(email, 'sign-out', email);
  const headers = new Headers(DESK_HEADERS);
  scopedCookies(answer, headers);
  return Response.json({ signedOut: true }, { headers });
}

export { DESK_API };
