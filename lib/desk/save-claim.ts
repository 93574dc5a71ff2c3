import { deskCall } from './desk-fetch';
import { claimApiPath, type DraftKind } from './draft-kinds';

/** What a form is doing with its claim: a new draft, changing a draft, or correcting a published claim with a note. */
export type SaveMode = { new: true } | { editing: string } | { correcting: string; note: string };

/** Sends a claim from a desk form by its mode, then opens the draft's page. */
export async function saveClaim(kind: DraftKind, record: { id: string }, mode: SaveMode, newPlace?: unknown) {
  const body = { kind, [kind]: record, ...(newPlace ? { newPlace } : {}) };
  let id = record.id;
  if ('correcting' in mode) {
    await deskCall(`${claimApiPath(kind, mode.correcting)}/correct`, 'POST', { [kind]: record, note: mode.note });
    id = mode.correcting;
  } else if ('editing' in mode) {
    await deskCall(`/api/desk/drafts/${encodeURIComponent(mode.editing)}`, 'PUT', body);
    id = mode.editing;
  } else {
    id = (await deskCall<{ draft: { id: string } }>('/api/desk/drafts', 'POST', body)).draft.id;
  }
  window.location.assign(`/desk/drafts/${encodeURIComponent(id)}${'correcting' in mode ? '?corrected=1' : ''}`);
}
