import 'server-only';
import type { z } from 'zod';
import { ApiError } from '@/lib/api/api-error';
import { errorResponse } from '@/lib/api/respond';
import { getStore, type Store } from '@/lib/store';
import { deskAuth } from './auth';
import { deskStore, type DeskStore } from './desk-store';
import { allows, type Role } from './roles';

/** Who is signed in. */
export type DeskUser = { id: string; email: string; name: string; role: Role };

/** What a desk route is handed: the signed-in user, the store and the desk's tables. */
export type DeskContext = { user: DeskUser; store: Store; desk: DeskStore };

/** Headers of every desk answer: never kept by a cache, never indexed. */
export const DESK_HEADERS = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' } as const;

/**
 * Refuses a write that does not come from the desk's own pages: its Origin must be this site's
 * (DESK_URL's, when set, else the Host the request was sent to), and a browser's Sec-Fetch-Site,
 * when sent, must say same-origin. A form on another site, or a script there, is refused before
 * the session is even looked at.
 */
export function checkOrigin(request: Request): void {
  if (request.method === 'GET' || request.method === 'HEAD') return;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') throw new ApiError(403, 'cross_site_refused', `a desk write must come from the desk itself (Sec-Fetch-Site: ${site.slice(0, 40)})`, 'Origin');
  const origin = request.headers.get('origin');
  if (!origin) throw new ApiError(403, 'cross_site_refused', 'a desk write must carry the Origin header of the desk', 'Origin');
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new ApiError(403, 'cross_site_refused', 'the Origin header is not an origin', 'Origin');
  }
  const expected = process.env.DESK_URL ? new URL(process.env.DESK_URL).host : request.headers.get('host');
  if (!expected || host !== expected || (process.env.DESK_URL && new URL(origin).origin !== new URL(process.env.DESK_URL).origin)) {
    throw new ApiError(403, 'cross_site_refused', `a desk write from ${origin.slice(0, 100)} is refused: only the desk's own pages may write`, 'Origin');
  }
}

/** The signed-in user of a request (by its session cookie), or null. */
export async function sessionUser(store: Store, headers: Headers): Promise<DeskUser | null> {
  const auth = await deskAuth(store);
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const u = session.user as { id: string; email: string; name: string; role: string };
  return { id: u.id, email: u.email, name: u.name, role: u.role as Role };
}

/** Parses a JSON body with a schema; a 400 naming the first field at fault otherwise. */
export async function jsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw new ApiError(400, 'invalid_body', 'the body must be JSON', 'body');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map(String).join('.') || 'body';
    throw new ApiError(400, 'invalid_field', `${field}: ${issue.message}`, field);
  }
  return parsed.data;
}

/** A JSON answer of the desk. */
export const deskJson = (data: unknown, status = 200) => Response.json(data, { status, headers: DESK_HEADERS });

/**
 * Wraps a desk route: the origin checked for every write (CSRF), then the session (401 without
 * one), then the role (403 below `needed`); anything thrown becomes the API's JSON error.
 */
export function deskRoute<C>(needed: Role, handle: (request: Request, ctx: DeskContext, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      checkOrigin(request);
      const store = await getStore();
      const user = await sessionUser(store, request.headers);
      if (!user) throw new ApiError(401, 'not_signed_in', 'sign in to the desk first', 'session');
      if (!allows(user.role, needed)) throw new ApiError(403, 'forbidden', `this needs the ${needed} role; you are ${user.role}`, 'role');
      return await handle(request, { user, store, desk: deskStore(store) }, context);
    } catch (error) {
      return withDeskHeaders(errorResponse(error));
    }
  };
}

/** Sets the desk's headers on an answer. */
export function withDeskHeaders(response: Response): Response {
  for (const [k, v] of Object.entries(DESK_HEADERS)) response.headers.set(k, v);
  return response;
}
