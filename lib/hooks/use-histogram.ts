import { useEffect, useMemo } from 'react';
import useSWR from 'swr';
import { fetchJson } from '@/lib/api/fetch-json';
import { histogramUrl } from '@/lib/contract/paths';
import type { ChangeNotice, Histogram } from '@/lib/contract/wire';
import { chooseBucket } from '@/lib/dates/buckets';
import { LIVE_CHANGE_EVENT } from './use-live-updates';

/**
 * The timeline's histogram from GET /api/histogram: events per bucket over the data's span, in the
 * unit that suits it (known before the answer arrives, so the timeline's steps never wait for it).
 */
export function useHistogram(span: { start: string; end: string }) {
  const unit = chooseBucket(span.start, span.end);
  const url = histogramUrl({ from: span.start, to: span.end, unit });
  const { data, error, mutate } = useSWR(url, fetchJson<Histogram>, { keepPreviousData: true });
  // New events on the same span: counted again (a new span is a new URL, fetched by itself).
  useEffect(() => {
    const onChange = (e: Event) => {
      if ((e as CustomEvent<ChangeNotice>).detail.kinds.includes('events')) void mutate();
    };
    window.addEventListener(LIVE_CHANGE_EVENT, onChange);
    return () => window.removeEventListener(LIVE_CHANGE_EVENT, onChange);
  }, [mutate]);
  // An answer for another unit (kept while the new one loads) is not drawn against these steps.
  const histogram = useMemo(() => (data?.unit === unit && data.from === span.start ? data : undefined), [data, unit, span.start]);
  return { unit, histogram, error: error as Error | undefined };
}
