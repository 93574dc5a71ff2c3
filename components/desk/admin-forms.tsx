'use client';
import { ReadyButton } from './ready-button';
import { useState } from 'react';
import { deskCall } from '@/lib/desk/desk-fetch';
import { ROLES } from '@/lib/desk/roles';
import { FormStatus } from './form-status';
import { useDeskAction } from './use-desk-action';

/** Invites someone with a role: the one-time link is shown to pass on. */
export function InviteForm() {
  const { error, run } = useDeskAction();
  const [link, setLink] = useState<{ email: string; link: string } | null>(null);
  const submit = (form: FormData) =>
    run(async () => {
      setLink(null);
      setLink(await deskCall<{ email: string; link: string }>('/api/desk/invites', 'POST', { email: form.get('email'), role: form.get('role') }));
    });
  return (
    <form className="desk-form" action={submit}>
      <h2>Invite someone</h2>
      <label>
        E-mail address
        <input name="email" type="email" required />
      </label>
      <label>
        Role
        <select name="role" defaultValue="editor">
          {ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <ReadyButton type="submit">Make an invitation link</ReadyButton>
      {link && (
        <p role="status">
          Pass this link on to {link.email} (it works once, for 7 days): <output className="invite-link">{link.link}</output>
        </p>
      )}
      <FormStatus error={error} />
    </form>
  );
}

/** An account's role, changed on the spot. */
export function RoleSelect({ id, email, role }: { id: string; email: string; role: string }) {
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <span>
      <label>
        Role of {email}
        <select
          defaultValue={role}
          onChange={(e) => {
            setError(null);
            deskCall(`/api/desk/users/${encodeURIComponent(id)}`, 'PATCH', { role: e.target.value }).then(() => setDone('Saved.'), setError);
          }}
        >
          {ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <FormStatus error={error} done={done} />
    </span>
  );
}

/** Signs out. */
export function SignOutButton() {
  return (
    <ReadyButton type="button" onClick={() => deskCall('/api/desk/session', 'DELETE').finally(() => window.location.assign('/desk'))}>
      Sign out
    </ReadyButton>
  );
}
