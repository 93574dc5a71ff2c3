import useSWR from 'swr';
import type { FeatureCollection, Polygon } from 'geojson';
import { fetchJson } from '@/lib/api/fetch-json';
import type { ControlProperties } from '@/lib/data/control';

export type ControlCollection = FeatureCollection<Polygon, ControlProperties> & { date: string };

/** The control areas in force on a day, from GET /api/control; the previous day's stay shown while the next load. */
export function useControl(date: string) {
  const { data, error, isLoading, mutate } = useSWR(`/api/control?date=${date}`, fetchJson<ControlCollection>, { keepPreviousData: true });
  return { control: data, error: error as Error | undefined, isLoading, retry: () => mutate() };
}
