// Calls the desk's route handlers directly, as a browser on the desk's own origin would (or a
// hostile one, when told), keeping the session cookie between calls.
import { expect } from 'vitest';
import { getStore } from '@/lib/store';
import { createInvite } from '@/lib/desk/invites';
import type { Role } from '@/lib/desk/roles';
import { POST as signInRoute } from '@/app/api/desk/session/route';
import { POST as acceptRoute } from '@/app/api/desk/invites/accept/route';

export const ORIGIN = 'http://localhost:3000';
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Options = { body?: unknown; cookie?: string; origin?: string | null; site?: string; params?: Record<string, string> };

/** Calls a route handler; the answer's status, JSON body and headers. */
export async function call(handler: Handler, method: string, path: string, o: Options = {}) {
  const headers = new Headers({ host: 'localhost:3000' });
  if (o.origin !== null && method !== 'GET') headers.set('origin', o.origin ?? ORIGIN);
  if (o.site) headers.set('sec-fetch-site', o.site);
  if (o.cookie) headers.set('cookie', o.cookie);
  if (o.body !== undefined) headers.set('content-type', 'application/json');
  const request = new Request(`${ORIGIN}${path}`, { method, headers, body: o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body) });
  const response = await handler(request, { params: Promise.resolve(o.params ?? {}) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers };
}

/** Expects the API's one error shape, with this status and code (and the field at fault). */
export function expectError(answer: { status: number; json: unknown; headers: Headers }, status: number, code: string, param?: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  const body = answer.json as { error: { code: string; message: string; param?: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  if (param !== undefined) expect(body.error.param).toBe(param);
}

let n = 0;
/** A new desk account of a role, signed in: its address and the cookie its browser would send to the API. */
export async function signedIn(role: Role, password = 'correct horse battery staple') {
  const email = `${role}-${Date.now().toString(36)}-${++n}@example.org`;
  const { token } = await createInvite(await getStore(), email, role, 'test');
  expect((await call(acceptRoute as Handler, 'POST', '/api/desk/invites/accept', { body: { token, name: `A ${role}`, password } })).status).toBe(201);
  const answer = await call(signInRoute as Handler, 'POST', '/api/desk/session', { body: { email, password } });
  expect(answer.status).toBe(200);
  const apiCookie = answer.headers.getSetCookie().find((c) => /Path=\/api\/desk/i.test(c))!;
  return { email, cookie: apiCookie.split(';')[0], id: (answer.json as { user: { id: string } }).user.id };
}

export type { Handler };
