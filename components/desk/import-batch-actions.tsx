'use client';
import { deskCall } from '@/lib/desk/desk-fetch';
import { FormStatus } from './form-status';
import { ReadyButton } from './ready-button';
import { useDeskAction } from './use-desk-action';

/** A publisher's choice for a batch sent to review: publish it whole, or reject it with a comment. */
export function ImportBatchActions({ id }: { id: string }) {
  const action = useDeskAction();
  const path = `/api/desk/imports/${encodeURIComponent(id)}`;
  const run = (call: () => Promise<unknown>) => action.run(async () => (await call(), window.location.reload()));
  return (
    <div className="draft-actions">
      <form action={() => run(() => deskCall(`${path}/publish`))}>
        <ReadyButton type="submit">Publish the whole batch</ReadyButton>
      </form>
      <form action={(f) => run(() => deskCall(`${path}/reject`, 'POST', { comment: f.get('comment') }))}>
        <label>
          Why it is rejected (kept with the batch)
          <textarea name="comment" rows={2} required />
        </label>
        <ReadyButton type="submit">Reject</ReadyButton>
      </form>
      <FormStatus error={action.error} />
    </div>
  );
}
