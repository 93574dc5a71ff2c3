import type { Metadata } from 'next';
import { SituationPage } from '@/components/situation/situation-page';
import { oembedDiscovery } from '@/lib/embed/discovery';
import { shareMetadata } from '@/lib/situation/share-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const discovery = await oembedDiscovery('/', params);
  // The desk's Atom feed of published changes, beside the oEmbed discovery link.
  const types = { ...discovery.alternates?.types, 'application/atom+xml': [{ url: '/feed.xml', title: 'Published changes' }] };
  return { ...(await shareMetadata(params.place)), ...discovery, alternates: { ...discovery.alternates, types } };
}

/** The default map: the article's, with the deployment's defaults. */
export default async function HomePage({ searchParams }: Props) {
  return <SituationPage params={await searchParams} />;
}
