import NewClaimPage from '../../claims/[kind]/new/page';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A new event, drafted from a source's words (the claims page, kind event). */
export default function NewEventPage({ searchParams }: Props) {
  return NewClaimPage({ params: Promise.resolve({ kind: 'event' }), searchParams });
}
