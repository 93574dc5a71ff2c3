import type { Metadata } from 'next';
import { SituationPage } from '@/components/situation/situation-page';
import { oembedDiscovery } from '@/lib/embed/discovery';
import { shownMap } from '@/lib/maps/shown-map';
import { shareMetadata } from '@/lib/situation/share-metadata';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const { map } = await shownMap(slug);
  const discovery = await oembedDiscovery(`/m/${slug}`, query, map.title);
  // The map's own Atom feed of published changes, beside the oEmbed discovery link.
  const types = { ...discovery.alternates?.types, 'application/atom+xml': [{ url: `/m/${slug}/feed.xml`, title: `Published changes: ${map.title}` }] };
  return { ...(await shareMetadata(query.place)), title: map.title, ...discovery, alternates: { ...discovery.alternates, types } };
}

/** One of the deployment's maps, opened on its region, days, layers and featured event. */
export default async function MapPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return <SituationPage params={query} shown={await shownMap(slug)} />;
}
