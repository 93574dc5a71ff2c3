import { DeskNav } from '@/components/desk/desk-nav';
import { EventForm } from '@/components/desk/event-form';
import { eventFormChoices } from '@/lib/desk/form-data';
import { requireDeskRole } from '@/lib/desk/page-session';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A new event, drafted from a source's words. */
export default async function NewEventPage({ searchParams }: Props) {
  const ctx = await requireDeskRole('contributor');
  const source = (await searchParams).source;
  return (
    <main className="desk-main">
      <DeskNav user={ctx.user} />
      <EventForm {...await eventFormChoices(ctx)} initialSource={typeof source === 'string' ? source : undefined} />
    </main>
  );
}
