'use client';
import type { SaveMode } from '@/lib/desk/save-claim';
import { FormStatus } from './form-status';
import { ReadyButton } from './ready-button';

/** Where a form's claim goes: a correction of the published one, a change of a draft, or a new draft. */
export const saveModeOf = (correcting: { id: string } | undefined, editing: { id: string } | undefined, note: string): SaveMode =>
  correcting ? { correcting: correcting.id, note } : editing ? { editing: editing.id } : { new: true };

/** The end of a claim form: the correction's note when correcting (shown to readers on every kind of claim), the button, and the outcome. */
export function ClaimFormEnd({ correcting, error }: { correcting: boolean; error: unknown }) {
  return (
    <>
      {correcting && (
        <label>
          Correction note for readers (“the date was 1 Dec, not 30 Nov”)
          <input name="note" required maxLength={300} />
        </label>
      )}
      <ReadyButton type="submit">{correcting ? 'Publish the correction' : 'Save the draft'}</ReadyButton>
      <FormStatus error={error} />
    </>
  );
}
