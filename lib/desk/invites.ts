import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from '@/lib/api/api-error';
import type { Store } from '@/lib/store';
import { deskAuth, DESK_PAGES } from './auth';
import { deskStore } from './desk-store';
import type { Role } from './roles';

/** How long an invitation link can be used. */
const INVITE_DAYS = 7;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Invites someone to the desk with a role: a link with a random token, shown once (the store
 * keeps only its hash), good for one use within a week.
 */
export async function createInvite(store: Store, email: string, role: Role, by: string): Promise<{ token: string; path: string }> {
  const token = randomBytes(32).toString('base64url');
  const desk = deskStore(store);
  await desk.putInvite(hashOf(token), email.toLowerCase(), role, by, new Date(Date.now() + INVITE_DAYS * 86_400_000).toISOString());
  await desk.audit(by, 'invite', email.toLowerCase(), role);
  return { token, path: `${DESK_PAGES}/invite?token=${token}` };
}

/** The address and role an open invitation is for, or null. */
export const inviteFor = (store: Store, token: string) => deskStore(store).openInvite(hashOf(token));

/** Uses an invitation: the account is made with its address and role and this password (hashed by the library). */
export async function acceptInvite(store: Store, token: string, name: string, password: string): Promise<{ email: string; role: string }> {
  const desk = deskStore(store);
  const hash = hashOf(token);
  const invite = await desk.takeInvite(hash);
  if (!invite) throw new ApiError(400, 'invite_invalid', 'this invitation is unknown, used already or expired: ask an admin for a new one', 'token');
  try {
    const ctx = await (await deskAuth(store)).$context;
    if (await ctx.internalAdapter.findUserByEmail(invite.email)) throw new ApiError(409, 'account_exists', `${invite.email} has a desk account already: sign in`, 'token');
    const user = await ctx.internalAdapter.createUser({ email: invite.email, name, emailVerified: true, role: invite.role }, { method: 'admin' });
    await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: await ctx.password.hash(password) });
  } catch (e) {
    if (!(e instanceof ApiError)) await desk.reopenInvite(hash);
    throw e;
  }
  await desk.audit(invite.email, 'invite-accepted', invite.email, invite.role);
  return invite;
}
