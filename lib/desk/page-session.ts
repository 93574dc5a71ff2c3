import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getStore } from '@/lib/store';
import { deskStore } from './desk-store';
import { sessionUser, type DeskContext } from './guard';
import { allows, type Role } from './roles';

/** The signed-in user of a desk page, or null. */
export async function deskPageContext(): Promise<DeskContext | null> {
  const store = await getStore();
  const user = await sessionUser(store, await headers());
  return user ? { user, store, desk: deskStore(store) } : null;
}

/** A desk page that needs a role: back to the sign-in without a session, a plain refusal below the role. */
export async function requireDeskRole(role: Role): Promise<DeskContext> {
  const ctx = await deskPageContext();
  if (!ctx) redirect('/desk');
  if (!allows(ctx.user.role, role)) redirect('/desk?forbidden=1');
  return ctx;
}
