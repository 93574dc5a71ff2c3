'use client';
import { deskCall } from '@/lib/desk/desk-fetch';
import { FormStatus } from './form-status';
import { ReadyButton } from './ready-button';
import { useDeskAction } from './use-desk-action';

/** Deletes a map, once the admin has ticked that its addresses will stop answering. */
export function MapDelete({ slug }: { slug: string }) {
  const { error, run } = useDeskAction();
  const remove = () =>
    run(async () => {
      await deskCall(`/api/desk/maps/${encodeURIComponent(slug)}`, 'DELETE');
      window.location.assign('/desk/maps');
    });
  return (
    <form className="desk-form" action={remove} aria-labelledby="map-delete-title">
      <h2 id="map-delete-title">Delete this map</h2>
      <label className="desk-choice">
        <input type="checkbox" name="confirm" required /> Delete /m/{slug}: its page, its embed and its feed will answer 404 (pages that embed it will show nothing)
      </label>
      <ReadyButton type="submit">Delete the map</ReadyButton>
      <FormStatus error={error} />
    </form>
  );
}
