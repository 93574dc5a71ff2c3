'use client';
import { DeskRequestError } from '@/lib/desk/desk-fetch';

/** A form's outcome, read out by screen readers: an error (with the field at fault) or a done message. */
export function FormStatus({ error, done }: { error: unknown; done?: string | null }) {
  if (error) {
    const e = error as DeskRequestError;
    return (
      <p role="alert" className="desk-error">
        {e.message}
        {e.param ? ` (${e.param})` : ''}
      </p>
    );
  }
  return done ? (
    <p role="status" className="desk-done">
      {done}
    </p>
  ) : null;
}
