import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SituationView } from '@/components/situation/situation-view';
import { oembedDiscovery } from '@/lib/embed/discovery';
import { preloadSituationData } from '@/lib/data/preload';
import { situationSummary } from '@/lib/data/situation-summary';
import { getStore } from '@/lib/store';
import { translate } from '@/lib/i18n/messages';
import { requestLang } from '@/lib/i18n/request-lang';
import { getSituation } from '@/lib/situation/get-situation';
import { embedTitle, pageTitle } from '@/lib/situation/titles';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Deliberately out of search results: an embed is a part of other sites' pages, and its content is
// the main page's (which is indexed, with a description and a link preview).
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: embedTitle(await getSituation()), robots: { index: false }, ...(await oembedDiscovery('/embed', await searchParams)) };
}

/** The map alone, for other sites' pages: same URL state as the main page, plus theme and legend. */
export default async function EmbedPage({ searchParams }: Props) {
  const params = await searchParams;
  const autoHeight = params.autoheight === '1';
  const summary = await situationSummary(await getStore());
  preloadSituationData(summary.span, params);
  const lang = await requestLang();
  const situation = await getSituation();
  return (
    <main className={`embed${autoHeight ? ' embed-autoheight' : ''}`}>
      <h1 className="visually-hidden">{lang === 'en' ? embedTitle(situation) : pageTitle(situation, lang)}</h1>
      <Suspense fallback={<p className="map-status">{translate(lang, 'loading')}</p>}>
        <SituationView summary={summary} situation={situation} variant="embed" />
      </Suspense>
    </main>
  );
}
