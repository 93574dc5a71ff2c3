import useSWR from 'swr';
import { fetchJson } from '@/lib/api/fetch-json';
import { API_PATHS, flowPath } from '@/lib/contract/paths';
import type { FlowCollection, FlowDetail, ItineraryCollection } from '@/lib/contract/wire';

/** Every flow, from GET /api/flows. */
export function useFlows() {
  const { data, error, mutate } = useSWR(API_PATHS.flows, fetchJson<FlowCollection>);
  return { flows: data, error: error as Error | undefined, retry: () => mutate() };
}

/** One flow with each year of its series sourced, from GET /api/flows/{id}: asked for when its card opens. */
export function useFlowDetail(id: string) {
  const { data, error, mutate } = useSWR(flowPath(id), fetchJson<FlowDetail>);
  return { flow: data, error: error as Error | undefined, retry: () => mutate() };
}

/** Every itinerary's legs and stops, from GET /api/itineraries. */
export function useItineraries() {
  const { data, error, mutate } = useSWR(API_PATHS.itineraries, fetchJson<ItineraryCollection>);
  return { itineraries: data, error: error as Error | undefined, retry: () => mutate() };
}
