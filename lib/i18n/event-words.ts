import type { DatasetRef, Fatalities, LocationPrecision } from '@/lib/schemas/event';
import type { ResolvedCitation } from '@/lib/schemas/source';
import type { Lang, MessageKey } from './messages';
import { formatInteger } from '@/lib/i18n/numbers';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Data text set into an Arabic sentence, isolated (FSI…PDI) so that English names keep their order; English needs none. */
const isolate = (s: string, lang: Lang) => (lang === 'ar' ? `\u2068${s}\u2069` : s);

/** "UCDP GED 23.1, citing SOHR; Liveuamap": the dataset, its release (the cited source's version) and the dataset's own citation. */
export function datasetLine(dataset: DatasetRef, sources: ResolvedCitation[], t: T, lang: Lang = 'en'): string {
  const version = sources.find((s) => s.version)?.version;
  const name = version ? `${dataset.name} ${version}` : dataset.name;
  return dataset.citation ? t('datasetCiting', { dataset: isolate(name, lang), citation: isolate(dataset.citation, lang) }) : name;
}

/** Deaths as the dataset states them: the best estimate with its low–high range when they differ (UCDP), or the one figure (ACLED). */
export function deathsLine(f: Fatalities, t: T, locale: string): string {
  const n = (v: number) => formatInteger(locale, v);
  const figures = [f.low, f.best, f.high].filter((v): v is number => v !== undefined);
  const allSame = figures.every((v) => v === figures[0]);
  if (f.best !== undefined && allSame) return t('deaths', { n: n(f.best) });
  if (f.best === undefined && allSame) return t('deaths', { n: n(figures[0]) });
  return t('deathsRange', { best: f.best === undefined ? '?' : n(f.best), low: f.low === undefined ? '?' : n(f.low), high: f.high === undefined ? '?' : n(f.high) });
}

/** Where the event is, in words, when the dataset does not pin it to the place it is drawn at; undefined when it does. */
export function locationLine(precision: LocationPrecision | undefined, placeName: string, t: T, lang: Lang = 'en'): string | undefined {
  if (!precision || precision === 'exact') return undefined;
  return t(`location_${precision}`, { place: isolate(placeName, lang) });
}

/** Whether an event placed this way is drawn at an area's centre, not at a town. */
export const isAreaPrecision = (precision: LocationPrecision | undefined) => precision === 'province' || precision === 'region' || precision === 'country' || precision === 'district';
