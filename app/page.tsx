import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-dialog';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { SituationView } from '@/components/situation/situation-view';
import { oembedDiscovery } from '@/lib/embed/discovery';
import { translate } from '@/lib/i18n/messages';
import { requestLang } from '@/lib/i18n/request-lang';
import { sourceCredits } from '@/lib/data/source-credits';
import { getDataset } from '@/lib/data/store';
import { preloadSituationData } from '@/lib/data/preload';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return oembedDiscovery('/', await searchParams);
}

export default async function HomePage({ searchParams }: Props) {
  const data = getDataset();
  preloadSituationData(data.span, await searchParams);
  const lang = await requestLang();
  return (
    <main className="app">
      <header className="app-header">
        <h1>{translate(lang, 'appTitle')}</h1>
        <p>{translate(lang, 'appSubtitle')}</p>
        <Suspense>
          <LanguageSwitch />
        </Suspense>
        <EmbedButton span={data.span} />
      </header>
      <Suspense fallback={<p className="map-status">{translate(lang, 'loading')}</p>}>
        <SituationView attribution={sourceCredits(data)} span={data.span} />
      </Suspense>
    </main>
  );
}
