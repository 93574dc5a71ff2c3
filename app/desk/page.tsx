import { DeskNav } from '@/components/desk/desk-nav';
import { SignInForm } from '@/components/desk/sign-in-form';
import { nameIn } from '@/lib/desk/claim-kinds';
import { draftOf, type Draft } from '@/lib/desk/claims';
import { KIND_NAME } from '@/lib/desk/draft-kinds';
import { DRAFT_STATES } from '@/lib/desk/desk-store';
import { deskPageContext } from '@/lib/desk/page-session';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const HEADINGS: Record<string, string> = { draft: 'Drafts', review: 'In review', published: 'Published', retracted: 'Retracted' };

/** The desk: sign in, or the drafts of every kind, the review queue and what was published. */
export default async function DeskPage({ searchParams }: Props) {
  const ctx = await deskPageContext();
  if (!ctx) {
    return (
      <main className="desk-main">
        <SignInForm />
      </main>
    );
  }
  const name = nameIn(await ctx.store.situation());
  const drafts = (await ctx.desk.drafts()).map((r) => draftOf(r, name));
  const by = (state: string) => drafts.filter((d) => d.state === state);
  const forbidden = (await searchParams).forbidden;
  return (
    <main className="desk-main">
      <DeskNav user={ctx.user} />
      <h1>The desk</h1>
      {forbidden && <p role="alert">That page needs another role.</p>}
      {DRAFT_STATES.map((state) => (
        <section key={state} aria-labelledby={`list-${state}`}>
          <h2 id={`list-${state}`}>
            {HEADINGS[state]} ({by(state).length})
          </h2>
          <DraftList drafts={by(state)} />
        </section>
      ))}
    </main>
  );
}

function DraftList({ drafts }: { drafts: Draft[] }) {
  if (drafts.length === 0) return <p>None.</p>;
  return (
    <ul className="draft-list">
      {drafts.map((d) => (
        <li key={d.id}>
          <span className="draft-kind">{KIND_NAME[d.kind]}</span> <a href={`/desk/drafts/${encodeURIComponent(d.id)}`}>{d.title}</a>
          {d.date ? ` · ${d.date}` : ''} · by {d.author}
          {d.comment && d.state === 'draft' ? <span> · sent back: {d.comment}</span> : null}
        </li>
      ))}
    </ul>
  );
}
