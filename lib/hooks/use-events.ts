import useSWR from 'swr';
import type { FeatureCollection, Point } from 'geojson';
import { fetchJson } from '@/lib/api/fetch-json';
import type { EventFeature, EventProperties } from '@/lib/data/features';

/** Events from GET /api/events, for one place or (without one) all of them, sorted by date. */
export function useEvents(place?: string) {
  const url = place ? `/api/events?place=${encodeURIComponent(place)}` : '/api/events';
  const { data, error, isLoading, mutate } = useSWR(url, fetchJson<FeatureCollection<Point, EventProperties>>);
  return { events: data?.features as EventFeature[] | undefined, error: error as Error | undefined, isLoading, retry: () => mutate() };
}
