import { Suspense } from 'react';
import { SituationView } from '@/components/situation/situation-view';
import { sourceCredits } from '@/lib/data/source-credits';
import { getDataset } from '@/lib/data/store';

export default function HomePage() {
  return (
    <main className="app">
      <header className="app-header">
        <h1>Situation map</h1>
        <p>Syria and Turkey, 25 November – 2 December 2024</p>
      </header>
      <Suspense fallback={<p className="map-status">Loading…</p>}>
        <SituationView attribution={sourceCredits(getDataset())} span={getDataset().span} />
      </Suspense>
    </main>
  );
}
