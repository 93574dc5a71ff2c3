import { I18nProvider } from '@/components/i18n/i18n-provider';
import { SituationView } from '@/components/situation/situation-view';
import type { SituationSummary } from '@/lib/contract/wire';
import type { Lang } from '@/lib/i18n/messages';
import type { Situation } from '@/lib/schemas/situation';

export type EmbedProps = { lang: Lang; title: string; summary: SituationSummary; situation: Situation; defaults?: string };

/** What the embed's <main> holds, on the server and in the browser alike. */
export function EmbedBody({ lang, title, summary, situation, defaults }: EmbedProps) {
  return (
    <I18nProvider lang={lang}>
      <h1 className="visually-hidden">{title}</h1>
      <SituationView summary={summary} situation={situation} variant="embed" defaults={defaults} />
    </I18nProvider>
  );
}
