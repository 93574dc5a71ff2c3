// Sign-in, roles, invitations, origin checks and the audit log of the desk, through its route
// handlers, on whichever back end the environment gives (desk-*.test.ts choose it).
import { describe, expect, it } from 'vitest';
import { getStore } from '@/lib/store';
import { createInvite } from '@/lib/desk/invites';
import { SIGN_IN_LIMIT } from '@/lib/desk/sign-in';
import { DELETE as signOutRoute, GET as sessionRoute, POST as signInRoute } from '@/app/api/desk/session/route';
import { POST as inviteRoute } from '@/app/api/desk/invites/route';
import { POST as acceptRoute } from '@/app/api/desk/invites/accept/route';
import { GET as usersRoute } from '@/app/api/desk/users/route';
import { PATCH as roleRoute } from '@/app/api/desk/users/[id]/route';
import { GET as auditRoute } from '@/app/api/desk/audit/route';
import { call, expectError, signedIn, type Handler } from './desk-client';

const h = (f: unknown) => f as Handler;

export function authSuite(kind: 'sqlite' | 'postgres') {
  describe('desk sign-in and roles', () => {
    it(`runs on ${kind}`, async () => expect((await getStore()).kind).toBe(kind));

    it('answers 401 in the JSON error shape to every desk route without a session', async () => {
      expectError(await call(h(sessionRoute), 'GET', '/api/desk/session'), 401, 'not_signed_in', 'session');
      expectError(await call(h(usersRoute), 'GET', '/api/desk/users'), 401, 'not_signed_in');
      expectError(await call(h(auditRoute), 'GET', '/api/desk/audit'), 401, 'not_signed_in');
      expectError(await call(h(inviteRoute), 'POST', '/api/desk/invites', { body: { email: 'x@example.org', role: 'admin' } }), 401, 'not_signed_in');
      expectError(await call(h(signOutRoute), 'DELETE', '/api/desk/session'), 401, 'not_signed_in');
    });

    it('signs in with the invited password and sets an HttpOnly, SameSite=Strict cookie scoped to the desk and its API', async () => {
      const { token } = await createInvite(await getStore(), 'Cookie@Example.org', 'editor', 'test');
      expect((await call(h(acceptRoute), 'POST', '/api/desk/invites/accept', { body: { token, name: 'Cookie', password: 'a long enough password' } })).status).toBe(201);
      const answer = await call(h(signInRoute), 'POST', '/api/desk/session', { body: { email: 'cookie@example.org', password: 'a long enough password' } });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ user: { email: 'cookie@example.org', role: 'editor' } });
      const cookies = answer.headers.getSetCookie().filter((c) => /session_token=/.test(c));
      expect(cookies.map((c) => /Path=([^;]*)/i.exec(c)![1]).sort()).toEqual(['/api/desk', '/desk']);
      for (const c of cookies) {
        expect(c).toMatch(/;\s*HttpOnly/i);
        expect(c).toMatch(/;\s*SameSite=Strict/i);
      }
      expect(answer.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      const me = await call(h(sessionRoute), 'GET', '/api/desk/session', { cookie: cookies[0].split(';')[0] });
      expect(me.json).toMatchObject({ user: { email: 'cookie@example.org', role: 'editor' } });
    });

    it('uses an invitation once', async () => {
      const { token } = await createInvite(await getStore(), 'once@example.org', 'contributor', 'test');
      expect((await call(h(acceptRoute), 'POST', '/api/desk/invites/accept', { body: { token, name: 'Once', password: 'a long enough password' } })).status).toBe(201);
      expectError(await call(h(acceptRoute), 'POST', '/api/desk/invites/accept', { body: { token, name: 'Twice', password: 'another long password' } }), 400, 'invite_invalid', 'token');
    });

    it('refuses a short password, naming the field', async () => {
      const { token } = await createInvite(await getStore(), 'short@example.org', 'contributor', 'test');
      expectError(await call(h(acceptRoute), 'POST', '/api/desk/invites/accept', { body: { token, name: 'Short', password: 'short' } }), 400, 'invalid_field', 'password');
    });

    it('refuses a wrong password (401), then every attempt after too many failures (429), and logs them', async () => {
      const { email } = await signedIn('contributor');
      for (let i = 0; i < SIGN_IN_LIMIT; i++) expectError(await call(h(signInRoute), 'POST', '/api/desk/session', { body: { email, password: `wrong password ${i}` } }), 401, 'invalid_credentials', 'password');
      // Even the right password is refused while the address is locked out.
      expectError(await call(h(signInRoute), 'POST', '/api/desk/session', { body: { email, password: 'correct horse battery staple' } }), 429, 'too_many_attempts', 'email');
      const admin = await signedIn('admin');
      const log = (await call(h(auditRoute), 'GET', '/api/desk/audit', { cookie: admin.cookie })).json as { entries: { action: string; subject: string }[] };
      expect(log.entries.filter((e) => e.subject === email).map((e) => e.action)).toEqual(['sign-in-refused', ...Array(SIGN_IN_LIMIT).fill('sign-in-failed'), 'sign-in', 'invite-accepted', 'invite']);
    });

    it('answers 403 to a role below the one a route needs', async () => {
      const editor = await signedIn('editor');
      expectError(await call(h(inviteRoute), 'POST', '/api/desk/invites', { cookie: editor.cookie, body: { email: 'y@example.org', role: 'admin' } }), 403, 'forbidden', 'role');
      expectError(await call(h(auditRoute), 'GET', '/api/desk/audit', { cookie: editor.cookie }), 403, 'forbidden', 'role');
      expectError(await call(h(usersRoute), 'GET', '/api/desk/users', { cookie: editor.cookie }), 403, 'forbidden', 'role');
    });

    it('refuses a write from another site, or without an Origin, even with an admin session', async () => {
      const admin = await signedIn('admin');
      const body = { email: 'z@example.org', role: 'editor' };
      expectError(await call(h(inviteRoute), 'POST', '/api/desk/invites', { cookie: admin.cookie, body, origin: 'https://evil.example' }), 403, 'cross_site_refused', 'Origin');
      expectError(await call(h(inviteRoute), 'POST', '/api/desk/invites', { cookie: admin.cookie, body, origin: null }), 403, 'cross_site_refused', 'Origin');
      expectError(await call(h(inviteRoute), 'POST', '/api/desk/invites', { cookie: admin.cookie, body, site: 'cross-site' }), 403, 'cross_site_refused', 'Origin');
      expectError(await call(h(signInRoute), 'POST', '/api/desk/session', { body: { email: admin.email, password: 'correct horse battery staple' }, origin: 'https://evil.example' }), 403, 'cross_site_refused');
      expect((await call(h(inviteRoute), 'POST', '/api/desk/invites', { cookie: admin.cookie, body, site: 'same-origin' })).status).toBe(201);
    });

    it('lets an admin invite and change roles, and logs the change', async () => {
      const admin = await signedIn('admin');
      const invited = await call(h(inviteRoute), 'POST', '/api/desk/invites', { cookie: admin.cookie, body: { email: 'New.Editor@example.org', role: 'editor' } });
      expect(invited.status).toBe(201);
      expect(invited.json.link).toMatch(/^http:\/\/localhost:3000\/desk\/invite\?token=[\w-]{40,}$/);
      const person = await signedIn('contributor');
      expectError(await call(h(roleRoute), 'PATCH', `/api/desk/users/${person.id}`, { cookie: admin.cookie, body: { role: 'boss' }, params: { id: person.id } }), 400, 'invalid_field', 'role');
      expect((await call(h(roleRoute), 'PATCH', `/api/desk/users/${person.id}`, { cookie: admin.cookie, body: { role: 'publisher' }, params: { id: person.id } })).status).toBe(200);
      expect((await call(h(sessionRoute), 'GET', '/api/desk/session', { cookie: person.cookie })).json.user.role).toBe('publisher');
      const log = (await call(h(auditRoute), 'GET', '/api/desk/audit', { cookie: admin.cookie })).json as { entries: { action: string; subject: string; detail: string }[] };
      expect(log.entries).toContainEqual(expect.objectContaining({ action: 'role-change', subject: person.email, detail: 'contributor → publisher' }));
    });

    it('signs out: the cookie no longer opens the desk', async () => {
      const editor = await signedIn('editor');
      expect((await call(h(signOutRoute), 'DELETE', '/api/desk/session', { cookie: editor.cookie })).status).toBe(200);
      expectError(await call(h(sessionRoute), 'GET', '/api/desk/session', { cookie: editor.cookie }), 401, 'not_signed_in');
    });
  });
}
