import { preload } from 'react-dom';
import { API_PATHS, controlUrl, placeCountsUrl } from '@/lib/contract/paths';
import { parseViewState, shownDate } from '@/lib/url/view-state';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Asks the browser, in the page's head, for the API answers the map will need, so that they
 * arrive while the scripts load instead of after the page has started: the same URLs the hooks
 * fetch (lib/hooks), so the browser's preload cache serves them.
 */
export function preloadSituationData(span: { start: string; end: string }, searchParams: SearchParams) {
  const params = new URLSearchParams(Object.entries(searchParams).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
  const date = shownDate(span, parseViewState(params).date);
  for (const url of [API_PATHS.places, placeCountsUrl({ to: date }), controlUrl(date), API_PATHS.flows, API_PATHS.itineraries]) {
    preload(url, { as: 'fetch', crossOrigin: 'anonymous' });
  }
}
