import useSWR from 'swr';
import { useMemo } from 'react';
import { fetchJson } from '@/lib/api/fetch-json';
import { placeCountsUrl } from '@/lib/contract/paths';
import type { PlaceCounts } from '@/lib/contract/wire';

/** Events per place up to a day (inclusive), or in a span from `from`, from GET /api/places/counts: what the map counts and clusters. */
export function usePlaceCounts(to: string, from?: string) {
  const { data, error } = useSWR(placeCountsUrl({ from, to }), fetchJson<PlaceCounts>, { keepPreviousData: true });
  const counts = useMemo(() => new Map(Object.entries(data?.counts ?? {})), [data]);
  return { counts, total: data?.total, loaded: Boolean(data), error: error as Error | undefined };
}
