import useSWR from 'swr';
import type { FeatureCollection, Point } from 'geojson';
import { fetchJson } from '@/lib/api/fetch-json';
import type { PlaceFeature, PlaceProperties } from '@/lib/data/features';

/** Every place, from GET /api/places. */
export function usePlaces() {
  const { data, error, isLoading, mutate } = useSWR('/api/places', fetchJson<FeatureCollection<Point, PlaceProperties>>);
  return { places: data?.features as PlaceFeature[] | undefined, error: error as Error | undefined, isLoading, retry: () => mutate() };
}
