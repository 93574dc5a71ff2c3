import { preload, preloadModule } from 'react-dom';
import { API_PATHS, controlUrl, histogramUrl, placeCountsUrl } from '@/lib/contract/paths';
import { chooseBucket } from '@/lib/dates/buckets';
import { MAPLIBRE_MODULE_URL } from '@/lib/map/maplibre-module';
import { parseViewState, shownDate, shownSpan, withMapDefaults } from '@/lib/url/view-state';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The API answers the map will first need: the same URLs the hooks fetch (lib/hooks), for the
 * view the URL asks for. `defaults`: a map's own view, which the page opens on where the URL sets
 * none (lib/hooks/use-view-state.ts).
 */
export function situationDataUrls(span: { start: string; end: string }, searchParams: SearchParams, defaults?: string): string[] {
  const given = new URLSearchParams(Object.entries(searchParams).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
  const state = parseViewState(defaults ? withMapDefaults(given, defaults) : given);
  const date = shownDate(span, state.date);
  const from = shownSpan(span, state.from, state.date)?.from;
  const histogram = histogramUrl({ from: span.start, to: span.end, unit: chooseBucket(span.start, span.end) });
  return [API_PATHS.places, placeCountsUrl({ from, to: date }), controlUrl(date), API_PATHS.flows, API_PATHS.itineraries, histogram];
}

/**
 * Asks the browser, in the page's head, for the API answers the map will need (situationDataUrls),
 * so that they arrive while the scripts load instead of after the page has started: the browser's
 * preload cache serves the hooks' requests.
 */
export function preloadSituationData(span: { start: string; end: string }, searchParams: SearchParams, nonce: string | undefined, defaults?: string) {
  // MapLibre's module too (lib/map/maplibre-module.ts), with the page's script nonce, as its CSP asks.
  preloadModule(MAPLIBRE_MODULE_URL, { as: 'script', nonce });
  for (const url of situationDataUrls(span, searchParams, defaults)) preload(url, { as: 'fetch', crossOrigin: 'anonymous' });
}
