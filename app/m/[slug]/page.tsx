import type { Metadata } from 'next';
import { SituationPage } from '@/components/situation/situation-page';
import { oembedDiscovery } from '@/lib/embed/discovery';
import { shownMap } from '@/lib/maps/shown-map';
import { shareMetadata } from '@/lib/situation/share-metadata';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const { map } = await shownMap(slug);
  return { ...(await shareMetadata(query.place)), title: map.title, ...(await oembedDiscovery(`/m/${slug}`, query, map.title)) };
}

/** One of the deployment's maps, opened on its region, days, layers and featured event. */
export default async function MapPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return <SituationPage params={query} shown={await shownMap(slug)} />;
}
