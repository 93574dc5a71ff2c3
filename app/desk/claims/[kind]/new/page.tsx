import { ClaimForm } from '@/components/desk/claim-form';
import { DeskNav } from '@/components/desk/desk-nav';
import { claimFormChoices, kindOfPath } from '@/lib/desk/form-data';
import { requireDeskRole } from '@/lib/desk/page-session';

type Props = { params: Promise<{ kind: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A new claim of a kind (event, control period, flow, itinerary leg), drafted from a source's words. */
export default async function NewClaimPage({ params, searchParams }: Props) {
  const kind = kindOfPath((await params).kind);
  const ctx = await requireDeskRole('contributor');
  const source = (await searchParams).source;
  return (
    <main className="desk-main">
      <DeskNav user={ctx.user} />
      <ClaimForm kind={kind} choices={await claimFormChoices(ctx)} places={[]} initialSource={typeof source === 'string' ? source : undefined} />
    </main>
  );
}
