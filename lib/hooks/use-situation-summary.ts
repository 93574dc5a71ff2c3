import useSWR from 'swr';
import { fetchJson } from '@/lib/api/fetch-json';
import { API_PATHS } from '@/lib/contract/paths';
import type { SituationSummary } from '@/lib/contract/wire';

/** The data's version, span and credits from GET /api/situation, starting from what the page was rendered with. */
export function useSituationSummary(initial: SituationSummary): SituationSummary {
  const { data } = useSWR(API_PATHS.situation, fetchJson<SituationSummary>, { fallbackData: initial, revalidateOnMount: false, revalidateOnFocus: false, keepPreviousData: true });
  // A newer answer wins; an older one (a slow response overtaken by the page) never takes the span back.
  return data && data.version >= initial.version ? data : initial;
}
