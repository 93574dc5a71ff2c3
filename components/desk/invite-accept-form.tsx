'use client';
import { ReadyButton } from './ready-button';
import { deskCall } from '@/lib/desk/desk-fetch';
import { FormStatus } from './form-status';
import { useDeskAction } from './use-desk-action';

/** Accepting an invitation: a name and a password for the invited address, then sign in. */
export function InviteAcceptForm({ token, email, role }: { token: string; email: string; role: string }) {
  const { error, run } = useDeskAction();
  const submit = (form: FormData) =>
    run(async () => {
      const password = String(form.get('password'));
      await deskCall('/api/desk/invites/accept', 'POST', { token, name: form.get('name'), password });
      await deskCall('/api/desk/session', 'POST', { email, password });
      window.location.assign('/desk');
    });
  return (
    <form className="desk-form" action={submit}>
      <h1>Join the desk</h1>
      <p>
        You are invited as <strong>{role}</strong> with the address <strong>{email}</strong>.
      </p>
      <label>
        Your name
        <input name="name" autoComplete="name" required maxLength={100} />
      </label>
      <label>
        Choose a password (at least 12 characters)
        <input name="password" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <ReadyButton type="submit">Set password and sign in</ReadyButton>
      <FormStatus error={error} />
    </form>
  );
}
