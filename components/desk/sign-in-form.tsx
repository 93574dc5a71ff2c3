'use client';
import { ReadyButton } from './ready-button';
import { useState } from 'react';
import { deskCall } from '@/lib/desk/desk-fetch';
import { FormStatus } from './form-status';

/** The desk's sign-in: address and password; on success the desk reloads signed in. */
export function SignInForm() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(form: FormData) {
    setBusy(true);
    setError(null);
    try {
      await deskCall('/api/desk/session', 'POST', { email: form.get('email'), password: form.get('password') });
      window.location.assign('/desk');
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }
  return (
    <form className="desk-form" action={submit}>
      <h1>Sign in to the desk</h1>
      <label>
        E-mail address
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <ReadyButton type="submit" disabled={busy}>
        Sign in
      </ReadyButton>
      <FormStatus error={error} />
    </form>
  );
}
