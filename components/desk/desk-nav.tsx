import { DRAFT_KINDS, KIND_NAME, newDraftPath } from '@/lib/desk/draft-kinds';
import type { DeskUser } from '@/lib/desk/guard';
import { allows } from '@/lib/desk/roles';
import { SignOutButton } from './admin-forms';

/** The desk's links, by what the signed-in person may do. */
export function DeskNav({ user }: { user: DeskUser }) {
  return (
    <nav className="desk-nav" aria-label="Desk">
      <a href="/desk">Drafts and review</a>
      <a href="/desk/sources/new">New source</a>
      {DRAFT_KINDS.map((k) => (
        <a key={k} href={newDraftPath(k)}>
          New {KIND_NAME[k]}
        </a>
      ))}
      {allows(user.role, 'editor') && <a href="/desk/imports">Imports</a>}
      {allows(user.role, 'admin') && <a href="/desk/users">People and audit log</a>}
      {allows(user.role, 'admin') && <a href="/desk/maps">Maps</a>}
      <span className="desk-who">
        {user.email} ({user.role})
      </span>
      <SignOutButton />
    </nav>
  );
}
