import type { Metadata } from 'next';
import { SituationEmbed } from '@/components/situation/situation-embed';
import { oembedDiscovery } from '@/lib/embed/discovery';
import { shownMap } from '@/lib/maps/shown-map';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Out of search results, as /embed is.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const { map } = await shownMap(slug);
  return { title: map.title, robots: { index: false }, ...(await oembedDiscovery(`/m/${slug}/embed`, query, map.title)) };
}

/** One of the deployment's maps alone, for other sites' pages. */
export default async function MapEmbedPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return <SituationEmbed params={query} shown={await shownMap(slug)} />;
}
