import CorrectClaimPage from '../../../claims/[kind]/[id]/correct/page';

type Props = { params: Promise<{ id: string }> };

/** Correcting a published event: the claims page, kind event. */
export default async function CorrectEventPage({ params }: Props) {
  return CorrectClaimPage({ params: Promise.resolve({ kind: 'event', id: (await params).id }) });
}
