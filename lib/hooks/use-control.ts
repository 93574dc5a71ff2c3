import useSWR from 'swr';
import { fetchJson } from '@/lib/api/fetch-json';
import { controlUrl } from '@/lib/contract/paths';
import type { ControlCollection } from '@/lib/contract/wire';

export type { ControlCollection };

/** The control areas in force on a day, from GET /api/control; the previous day's stay shown while the next load. */
export function useControl(date: string) {
  const { data, error, isLoading, mutate } = useSWR(controlUrl(date), fetchJson<ControlCollection>, { keepPreviousData: true });
  return { control: data, error: error as Error | undefined, isLoading, retry: () => mutate() };
}
