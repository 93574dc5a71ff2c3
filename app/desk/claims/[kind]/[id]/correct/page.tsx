import { notFound } from 'next/navigation';
import { ClaimForm } from '@/components/desk/claim-form';
import { DeskNav } from '@/components/desk/desk-nav';
import { KINDS } from '@/lib/desk/claim-kinds';
import { claimFormChoices, kindOfPath, placesNamed } from '@/lib/desk/form-data';
import { requireDeskRole } from '@/lib/desk/page-session';

type Props = { params: Promise<{ kind: string; id: string }> };

/** Correcting a published claim of a kind: its form, filled in, and a note. */
export default async function CorrectClaimPage({ params }: Props) {
  const { kind: k, id } = await params;
  const kind = kindOfPath(k);
  const ctx = await requireDeskRole('editor');
  const record = await KINDS[kind].live(ctx.store, id);
  if (!record) notFound();
  return (
    <main className="desk-main">
      <DeskNav user={ctx.user} />
      <ClaimForm kind={kind} choices={await claimFormChoices(ctx)} places={await placesNamed(ctx, kind, record)} correcting={record} />
    </main>
  );
}
