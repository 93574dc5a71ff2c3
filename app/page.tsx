import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-dialog';
import { SituationView } from '@/components/situation/situation-view';
import { oembedDiscovery } from '@/lib/embed/discovery';
import { sourceCredits } from '@/lib/data/source-credits';
import { getDataset } from '@/lib/data/store';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return oembedDiscovery('/', await searchParams);
}

export default function HomePage() {
  const data = getDataset();
  return (
    <main className="app">
      <header className="app-header">
        <h1>Situation map</h1>
        <p>Syria and Turkey, 25 November – 2 December 2024</p>
        <EmbedButton span={data.span} />
      </header>
      <Suspense fallback={<p className="map-status">Loading…</p>}>
        <SituationView attribution={sourceCredits(data)} span={data.span} />
      </Suspense>
    </main>
  );
}
