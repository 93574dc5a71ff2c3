import useSWR from 'swr';
import { fetchJson } from '@/lib/api/fetch-json';
import { API_PATHS } from '@/lib/contract/paths';
import type { PlaceCollection } from '@/lib/contract/wire';

/** Every place, from GET /api/places. */
export function usePlaces() {
  const { data, error, isLoading, mutate } = useSWR(API_PATHS.places, fetchJson<PlaceCollection>);
  return { places: data?.features, error: error as Error | undefined, isLoading, retry: () => mutate() };
}
