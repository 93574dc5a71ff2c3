import { headers } from 'next/headers';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-dialog';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { translate } from '@/lib/i18n/messages';
import { requestLang } from '@/lib/i18n/request-lang';
import { preloadSituationData } from '@/lib/data/preload';
import { situationSummary } from '@/lib/data/situation-summary';
import type { ShownMap } from '@/lib/maps/shown-map';
import { getStore } from '@/lib/store';
import { getSituation } from '@/lib/situation/get-situation';
import { embedTitle } from '@/lib/situation/titles';
import { SituationView } from './situation-view';

type SearchParams = Record<string, string | string[] | undefined>;

/** The map page: header, map, timeline and panel; the default map at `/`, or one of the deployment's maps (`/m/{slug}`). */
export async function SituationPage({ params, shown }: { params: SearchParams; shown?: ShownMap }) {
  const summary = await situationSummary(await getStore());
  preloadSituationData(summary.span, params, (await headers()).get('x-nonce') ?? undefined, shown?.defaults);
  const lang = await requestLang();
  const situation = shown?.situation ?? (await getSituation());
  return (
    <main className="app">
      <header className="app-header">
        <h1>{translate(lang, 'appTitle')}</h1>
        <p>{shown ? shown.map.title : situation.subtitle[lang]}</p>
        <Suspense>
          <LanguageSwitch />
        </Suspense>
        <EmbedButton span={summary.span} title={shown ? shown.map.title : embedTitle(situation)} />
      </header>
      <Suspense fallback={<p className="map-status">{translate(lang, 'loading')}</p>}>
        <SituationView summary={summary} situation={situation} defaults={shown?.defaults} />
      </Suspense>
    </main>
  );
}
