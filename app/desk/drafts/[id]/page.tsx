import { notFound } from 'next/navigation';
import { DeskNav } from '@/components/desk/desk-nav';
import { DraftActions } from '@/components/desk/draft-actions';
import { draftOf } from '@/lib/desk/claims';
import { requireDeskRole } from '@/lib/desk/page-session';
import { allows } from '@/lib/desk/roles';
import { eventPagePath } from '@/lib/url/event-page';

type Props = { params: Promise<{ id: string }> };

const STATE: Record<string, string> = { draft: 'Draft', review: 'In review', published: 'Published', retracted: 'Retracted' };

/** One draft: what it claims, on which words, and what can be done with it now. */
export default async function DraftPage({ params }: Props) {
  const ctx = await requireDeskRole('contributor');
  const row = await ctx.desk.draft((await params).id);
  if (!row) notFound();
  const d = draftOf(row);
  const live = d.state === 'published' ? ((await ctx.store.event(d.id)) ?? d.event) : d.event;
  const place = d.newPlace ?? (await ctx.store.situation()).placeById.get(live.placeId);
  const role = ctx.user.role;
  return (
    <main className="desk-main">
      <DeskNav user={ctx.user} />
      <p className="draft-state" role="status">
        {STATE[d.state]}
      </p>
      <h1>{live.title}</h1>
      <dl className="draft-facts">
        <dt>Date</dt>
        <dd>
          {live.date} ({live.datePrecision}), from the words <q>{live.dateText}</q>
          {live.dateNote ? `: ${live.dateNote}` : ''}
        </dd>
        <dt>Place</dt>
        <dd>
          {place?.name ?? live.placeId}
          {d.newPlace ? ' (new)' : ''}
        </dd>
        <dt>Quote</dt>
        <dd>
          {live.sources.map((s, i) => (
            <blockquote key={i}>{s.quote}</blockquote>
          ))}
        </dd>
        <dt>Summary</dt>
        <dd>{live.summary}</dd>
        <dt>Status, category</dt>
        <dd>
          {live.status}, {live.category}
        </dd>
        <dt>Drafted by</dt>
        <dd>{d.author}</dd>
        {live.corrections?.map((c, i) => (
          <div key={i}>
            <dt>Corrected {c.date}</dt>
            <dd>{c.note}</dd>
          </div>
        ))}
        {d.comment && (
          <>
            <dt>Sent back with</dt>
            <dd>{d.comment}</dd>
          </>
        )}
      </dl>
      <DraftActions
        id={d.id}
        state={d.state}
        own={d.author === ctx.user.email}
        can={{ edit: d.author === ctx.user.email || allows(role, 'editor'), submit: allows(role, 'editor'), review: allows(role, 'publisher'), correct: allows(role, 'editor'), retract: allows(role, 'publisher') }}
      />
      {(d.state === 'published' || d.state === 'retracted') && (
        <p>
          <a href={eventPagePath(d.id)}>The event&apos;s public page and history</a>
        </p>
      )}
    </main>
  );
}
