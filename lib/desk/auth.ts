import 'server-only';
import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import type { Store } from '@/lib/store';
import { deskStore } from './desk-store';

/** Where the desk's API is served: its session cookie is scoped to it and to the desk's pages. */
export const DESK_API = '/api/desk';
export const DESK_PAGES = '/desk';
/** How long a session lasts without signing in again. */
const SESSION_S = 12 * 60 * 60;

function makeAuth(database: unknown, secret: string) {
  return betterAuth({
    database: database as Parameters<typeof betterAuth>[0]['database'],
    secret,
    basePath: `${DESK_API}/auth`,
    // No address of our own is assumed: a deployment's requests carry it (DESK_URL pins it).
    ...(process.env.DESK_URL ? { baseURL: process.env.DESK_URL } : {}),
    telemetry: { enabled: false },
    logger: { level: 'error' },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
    user: { modelName: 'desk_user', additionalFields: { role: { type: 'string', required: true, defaultValue: 'contributor', input: false } } },
    session: { modelName: 'desk_session', expiresIn: SESSION_S, disableSessionRefresh: true },
    account: { modelName: 'desk_account' },
    verification: { modelName: 'desk_verification' },
    // Sign-in attempts are limited by the desk itself, per address and across instances (lib/desk/sign-in.ts).
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'desk',
      useSecureCookies: process.env.NODE_ENV === 'production' && process.env.DESK_INSECURE_COOKIES !== '1',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'strict', path: DESK_API },
    },
  });
}
export type DeskAuth = ReturnType<typeof makeAuth>;

const AUTHS = Symbol.for('situation-map.desk-auth');
type Holder = { [AUTHS]?: WeakMap<Store, Promise<DeskAuth>> };

/**
 * The sign-in library (better-auth) on a store's own database: users, sessions and password
 * hashes live beside the data, on SQLite or PostgreSQL alike. Its secret is DESK_SECRET, or one
 * made on first use and kept in the store (so every instance signs alike).
 */
export function deskAuth(store: Store): Promise<DeskAuth> {
  const holder = globalThis as Holder;
  const auths = (holder[AUTHS] ??= new WeakMap());
  let auth = auths.get(store);
  if (!auth) {
    auth = (async () => {
      const secret = process.env.DESK_SECRET || (await deskStore(store).keepOnce('desk-secret', randomBytes(32).toString('base64url')));
      return makeAuth(store.backend.desk().authDatabase, secret);
    })();
    auth.catch(() => auths.delete(store));
    auths.set(store, auth);
  }
  return auth;
}
