'use client';
import type { SaveMode } from '@/lib/desk/save-claim';
import { FormStatus } from './form-status';
import { ReadyButton } from './ready-button';

/** Where a form's claim goes: a correction of the published one, a change of a draft, or a new draft. */
export const saveModeOf = (correcting: { id: string } | undefined, editing: { id: string } | undefined, note: string): SaveMode =>
  correcting ? { correcting: correcting.id, note } : editing ? { editing: editing.id } : { new: true };

/** The end of a claim form: the correction's note when correcting (shown to readers on an event, a control period or a flow; kept in a trip's history), the button, and the outcome. */
export function ClaimFormEnd({ correcting, error, forReaders = false }: { correcting: boolean; error: unknown; forReaders?: boolean }) {
  return (
    <>
      {correcting && (
        <label>
          {forReaders ? 'Correction note for readers (“the date was 1 Dec, not 30 Nov”)' : 'Correction note, kept in its history (“the figure was 40,000, not 4,000”)'}
          <input name="note" required maxLength={300} />
        </label>
      )}
      <ReadyButton type="submit">{correcting ? 'Publish the correction' : 'Save the draft'}</ReadyButton>
      <FormStatus error={error} />
    </>
  );
}
