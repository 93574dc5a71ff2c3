import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SituationView } from '@/components/situation/situation-view';
import { oembedDiscovery } from '@/lib/embed/discovery';
import { EMBED_TITLE } from '@/lib/embed/embed-code';
import { sourceCredits } from '@/lib/data/source-credits';
import { getDataset } from '@/lib/data/store';
import { preloadSituationData } from '@/lib/data/preload';
import { translate } from '@/lib/i18n/messages';
import { requestLang } from '@/lib/i18n/request-lang';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: EMBED_TITLE, robots: { index: false }, ...(await oembedDiscovery('/embed', await searchParams)) };
}

/** The map alone, for other sites' pages: same URL state as the main page, plus theme and legend. */
export default async function EmbedPage({ searchParams }: Props) {
  const params = await searchParams;
  const autoHeight = params.autoheight === '1';
  const data = getDataset();
  preloadSituationData(data.span, params);
  const lang = await requestLang();
  return (
    <main className={`embed${autoHeight ? ' embed-autoheight' : ''}`}>
      <h1 className="visually-hidden">{lang === 'en' ? EMBED_TITLE : `${translate(lang, 'appTitle')}: ${translate(lang, 'appSubtitle')}`}</h1>
      <Suspense fallback={<p className="map-status">{translate(lang, 'loading')}</p>}>
        <SituationView attribution={sourceCredits(data)} span={data.span} variant="embed" />
      </Suspense>
    </main>
  );
}
