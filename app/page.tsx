import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-dialog';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { SituationView } from '@/components/situation/situation-view';
import { oembedDiscovery } from '@/lib/embed/discovery';
import { translate } from '@/lib/i18n/messages';
import { requestLang } from '@/lib/i18n/request-lang';
import { preloadSituationData } from '@/lib/data/preload';
import { situationSummary } from '@/lib/data/situation-summary';
import { getStore } from '@/lib/store';
import { getSituation } from '@/lib/situation/get-situation';
import { shareMetadata } from '@/lib/situation/share-metadata';
import { embedTitle } from '@/lib/situation/titles';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const discovery = await oembedDiscovery('/', params);
  // The desk's Atom feed of published changes, beside the oEmbed discovery link.
  const types = { ...discovery.alternates?.types, 'application/atom+xml': [{ url: '/feed.xml', title: 'Published changes' }] };
  return { ...(await shareMetadata(params.place)), ...discovery, alternates: { ...discovery.alternates, types } };
}

export default async function HomePage({ searchParams }: Props) {
  const summary = await situationSummary(await getStore());
  preloadSituationData(summary.span, await searchParams);
  const lang = await requestLang();
  const situation = await getSituation();
  return (
    <main className="app">
      <header className="app-header">
        <h1>{translate(lang, 'appTitle')}</h1>
        <p>{situation.subtitle[lang]}</p>
        <Suspense>
          <LanguageSwitch />
        </Suspense>
        <EmbedButton span={summary.span} title={embedTitle(situation)} />
      </header>
      <Suspense fallback={<p className="map-status">{translate(lang, 'loading')}</p>}>
        <SituationView summary={summary} situation={situation} />
      </Suspense>
    </main>
  );
}
