import { headers } from 'next/headers';
import { Suspense } from 'react';
import { preloadSituationData } from '@/lib/data/preload';
import { situationSummary } from '@/lib/data/situation-summary';
import type { ShownMap } from '@/lib/maps/shown-map';
import { getStore } from '@/lib/store';
import { translate } from '@/lib/i18n/messages';
import { requestLang } from '@/lib/i18n/request-lang';
import { getSituation } from '@/lib/situation/get-situation';
import { embedTitle, pageTitle } from '@/lib/situation/titles';
import { SituationView } from './situation-view';

type SearchParams = Record<string, string | string[] | undefined>;

/** The map alone, for other sites' pages (`/embed`, `/m/{slug}/embed`): same URL state as the main page, plus theme and legend. */
export async function SituationEmbed({ params, shown }: { params: SearchParams; shown?: ShownMap }) {
  const autoHeight = params.autoheight === '1';
  const summary = await situationSummary(await getStore());
  preloadSituationData(summary.span, params, (await headers()).get('x-nonce') ?? undefined, shown?.defaults);
  const lang = await requestLang();
  const situation = shown?.situation ?? (await getSituation());
  const title = shown ? shown.map.title : lang === 'en' ? embedTitle(situation) : pageTitle(situation, lang);
  return (
    <main className={`embed${autoHeight ? ' embed-autoheight' : ''}`}>
      <h1 className="visually-hidden">{title}</h1>
      <Suspense fallback={<p className="map-status">{translate(lang, 'loading')}</p>}>
        <SituationView summary={summary} situation={situation} variant="embed" defaults={shown?.defaults} />
      </Suspense>
    </main>
  );
}
