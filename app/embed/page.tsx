import type { Metadata } from 'next';
import { SituationEmbed } from '@/components/situation/situation-embed';
import { oembedDiscovery } from '@/lib/embed/discovery';
import { getSituation } from '@/lib/situation/get-situation';
import { embedTitle } from '@/lib/situation/titles';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Deliberately out of search results: an embed is a part of other sites' pages, and its content is
// the main page's (which is indexed, with a description and a link preview).
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: embedTitle(await getSituation()), robots: { index: false }, ...(await oembedDiscovery('/embed', await searchParams)) };
}

/** The default map alone, for other sites' pages. */
export default async function EmbedPage({ searchParams }: Props) {
  return <SituationEmbed params={await searchParams} />;
}
