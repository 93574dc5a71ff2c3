import { notFound } from 'next/navigation';
import { DeskNav } from '@/components/desk/desk-nav';
import { EventForm } from '@/components/desk/event-form';
import { draftOf } from '@/lib/desk/claims';
import { eventFormChoices } from '@/lib/desk/form-data';
import { requireDeskRole } from '@/lib/desk/page-session';

type Props = { params: Promise<{ id: string }> };

/** Changing a draft still in draft (one sent back, say): the event form, filled in. */
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
      <EventForm {...await eventFormChoices(ctx)} editing={{ event: draft.event!, newPlace: draft.newPlace }} />
    </main>
  );
}
