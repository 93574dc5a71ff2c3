import useSWR from 'swr';
import type { FeatureCollection, Point } from 'geojson';
import { fetchJson } from '@/lib/api/fetch-json';
import type { EventFeature, EventProperties } from '@/lib/data/features';

/** Events from GET /api/events up to a day (inclusive), for one place or all of them, sorted by date. */
export function useEvents({ place, to }: { place?: string; to: string }) {
  const query = new URLSearchParams({ ...(place ? { place } : {}), to });
  const { data, error, isLoading, mutate } = useSWR(`/api/events?${query}`, fetchJson<FeatureCollection<Point, EventProperties>>, { keepPreviousData: true });
  return { events: data?.features as EventFeature[] | undefined, error: error as Error | undefined, isLoading, retry: () => mutate() };
}
