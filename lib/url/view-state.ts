import { slugId } from '@/lib/schemas/common';

/** What the URL says the reader is looking at; the URL is the single source of truth for it. */
export type ViewState = { place: string | null };

/** Reads the view state from search params; a malformed place id reads as no place. */
export function parseViewState(params: URLSearchParams): ViewState {
  const place = params.get('place');
  return { place: place && slugId.safeParse(place).success ? place : null };
}

/** Writes a view state over existing search params, keeping the ones it does not own. */
export function viewStateSearch(params: URLSearchParams, state: ViewState): string {
  const next = new URLSearchParams(params);
  if (state.place) next.set('place', state.place);
  else next.delete('place');
  const search = next.toString();
  return search ? `?${search}` : '';
}
