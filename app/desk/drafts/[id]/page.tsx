import { notFound } from 'next/navigation';
import { ClaimFacts } from '@/components/desk/claim-facts';
import { DeskNav } from '@/components/desk/desk-nav';
import { DraftActions } from '@/components/desk/draft-actions';
import { KINDS, nameIn } from '@/lib/desk/claim-kinds';
import type { PlaceRecord } from '@/lib/schemas/place';
import { auditSubject, draftOf } from '@/lib/desk/claims';
import { KIND_NAME } from '@/lib/desk/draft-kinds';
import { requireDeskRole } from '@/lib/desk/page-session';
import { allows } from '@/lib/desk/roles';
import { eventPagePath } from '@/lib/url/event-page';

type Props = { params: Promise<{ id: string }> };

const STATE: Record<string, string> = { draft: 'Draft', review: 'In review', published: 'Published', retracted: 'Retracted' };

/** One draft of any kind: what it claims, on which words, and what can be done with it now. */
export default async function DraftPage({ params }: Props) {
  const ctx = await requireDeskRole('contributor');
  const row = await ctx.desk.draft((await params).id);
  if (!row) notFound();
  const mapName = nameIn(await ctx.store.situation());
  const newPlace = row.place ? (JSON.parse(row.place) as PlaceRecord) : null;
  const name = (id: string) => (id === newPlace?.id ? newPlace.name : mapName(id));
  const d = draftOf(row, name);
  const live = (d.state === 'published' && (await KINDS[d.kind].live(ctx.store, d.id))) || d.record;
  // Events carry their corrections; another kind's notes are in the audit log.
  const notes = d.kind === 'event' ? [] : await ctx.desk.auditAbout('correct', auditSubject(d.kind, d.id));
  const role = ctx.user.role;
  return (
    <main className="desk-main">
      <DeskNav user={ctx.user} />
      <p className="draft-state" role="status">
        {STATE[d.state]} <span className="draft-kind">{KIND_NAME[d.kind]}</span>
      </p>
      <h1>{KINDS[d.kind].title(live, name)}</h1>
      <dl className="draft-facts">
        <ClaimFacts kind={d.kind} record={live} name={name} newPlaceId={d.newPlace?.id} />
        <dt>Drafted by</dt>
        <dd>{d.author}</dd>
        {notes.map((c, i) => (
          <div key={i}>
            <dt>Corrected {c.at.slice(0, 10)}</dt>
            <dd>{c.detail}</dd>
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
        kind={d.kind}
        state={d.state}
        own={d.author === ctx.user.email}
        can={{ edit: d.author === ctx.user.email || allows(role, 'editor'), submit: allows(role, 'editor'), review: allows(role, 'publisher'), correct: allows(role, 'editor'), retract: allows(role, 'publisher') }}
      />
      {d.kind === 'event' && (d.state === 'published' || d.state === 'retracted') && (
        <p>
          <a href={eventPagePath(d.id)}>The event&apos;s public page and history</a>
        </p>
      )}
    </main>
  );
}
