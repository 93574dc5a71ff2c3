import { notFound } from 'next/navigation';
import { ClaimForm } from '@/components/desk/claim-form';
import { DeskNav } from '@/components/desk/desk-nav';
import { draftOf } from '@/lib/desk/claims';
import { claimFormChoices, placesNamed } from '@/lib/desk/form-data';
import { requireDeskRole } from '@/lib/desk/page-session';

type Props = { params: Promise<{ id: string }> };

/** Changing a draft still in draft (one sent back, say): its kind's form, filled in. */
export default async function EditDraftPage({ params }: Props) {
  const ctx = await requireDeskRole('contributor');
  const row = await ctx.desk.draft((await params).id);
  if (!row || row.state !== 'draft') notFound();
  const draft = draftOf(row);
  return (
    <main className="desk-main">
      <DeskNav user={ctx.user} />
      {draft.comment && (
        <p role="note">
          Sent back with: <strong>{draft.comment}</strong>
        </p>
      )}
      <ClaimForm kind={draft.kind} choices={await claimFormChoices(ctx)} places={await placesNamed(ctx, draft.kind, draft.record)} editing={{ record: draft.record, newPlace: draft.newPlace }} />
    </main>
  );
}
