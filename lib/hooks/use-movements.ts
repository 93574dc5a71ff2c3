import useSWR from 'swr';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { fetchJson } from '@/lib/api/fetch-json';
import type { FlowProperties } from '@/lib/data/flows';
import type { LegProperties, StopProperties } from '@/lib/data/itineraries';

/** Every flow, from GET /api/flows. */
export function useFlows() {
  const { data, error, mutate } = useSWR('/api/flows', fetchJson<FeatureCollection<LineString, FlowProperties>>);
  return { flows: data, error: error as Error | undefined, retry: () => mutate() };
}

/** Every itinerary's legs and stops, from GET /api/itineraries. */
export function useItineraries() {
  const { data, error, mutate } = useSWR('/api/itineraries', fetchJson<FeatureCollection<Point | LineString, StopProperties | LegProperties>>);
  return { itineraries: data, error: error as Error | undefined, retry: () => mutate() };
}
