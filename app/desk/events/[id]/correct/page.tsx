import { notFound } from 'next/navigation';
import { DeskNav } from '@/components/desk/desk-nav';
import { EventForm } from '@/components/desk/event-form';
import { eventFormChoices } from '@/lib/desk/form-data';
import { requireDeskRole } from '@/lib/desk/page-session';

type Props = { params: Promise<{ id: string }> };

/** Correcting a published event: the same form, and a note readers will see. */
export default async function CorrectEventPage({ params }: Props) {
  const ctx = await requireDeskRole('editor');
  const event = await ctx.store.event((await params).id);
  if (!event) notFound();
  return (
    <main className="desk-main">
      <DeskNav user={ctx.user} />
      <EventForm {...await eventFormChoices(ctx)} correcting={event} />
    </main>
  );
}
