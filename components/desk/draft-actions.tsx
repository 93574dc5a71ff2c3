'use client';
import { ReadyButton } from './ready-button';
import { deskCall } from '@/lib/desk/desk-fetch';
import { claimApiPath, correctPath, type DraftKind } from '@/lib/desk/draft-kinds';
import { FormStatus } from './form-status';
import { useDeskAction } from './use-desk-action';

type Props = { id: string; kind: DraftKind; state: string; can: { edit: boolean; submit: boolean; review: boolean; correct: boolean; retract: boolean }; own: boolean };

/** What can be done with a draft of any kind now, by this person: submit, publish or send back, correct or retract. */
export function DraftActions({ id, kind, state, can, own }: Props) {
  const action = useDeskAction();
  const error = action.error;
  const path = `/api/desk/drafts/${encodeURIComponent(id)}`;
  const run = (call: () => Promise<unknown>) => action.run(async () => (await call(), window.location.reload()));
  return (
    <div className="draft-actions">
      {state === 'draft' && can.edit && (
        <p>
          <a className="desk-button" href={`/desk/drafts/${encodeURIComponent(id)}/edit`}>
            Change the draft
          </a>
        </p>
      )}
      {state === 'draft' && can.submit && (
        <ReadyButton type="button" onClick={() => run(() => deskCall(`${path}/submit`))}>
          Submit for review
        </ReadyButton>
      )}
      {state === 'review' && can.review && (
        <>
          <form action={(f) => run(() => deskCall(`${path}/publish`, 'POST', f.get('own') ? { ownDraft: true } : {}))}>
            {own && (
              <label className="desk-choice">
                <input type="checkbox" name="own" value="yes" /> This is my own draft, and I am the only publisher
              </label>
            )}
            <ReadyButton type="submit">Publish</ReadyButton>
          </form>
          <form action={(f) => run(() => deskCall(`${path}/send-back`, 'POST', { comment: f.get('comment') }))}>
            <label>
              What to change (sent back with the draft)
              <textarea name="comment" rows={2} required />
            </label>
            <ReadyButton type="submit">Send back</ReadyButton>
          </form>
        </>
      )}
      {state === 'published' && can.correct && (
        <p>
          <a className="desk-button" href={correctPath(kind, id)}>
            Correct it
          </a>
        </p>
      )}
      {state === 'published' && can.retract && (
        <form action={(f) => run(() => deskCall(`${claimApiPath(kind, id)}/retract`, 'POST', { reason: f.get('reason') }))}>
          <label>
            Public reason for retracting it
            <textarea name="reason" rows={2} required />
          </label>
          <ReadyButton type="submit">Retract</ReadyButton>
        </form>
      )}
      <FormStatus error={error} />
    </div>
  );
}
