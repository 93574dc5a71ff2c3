import { useEffect } from 'react';
import useSWRInfinite from 'swr/infinite';
import { fetchJson } from '@/lib/api/fetch-json';
import { eventsUrl } from '@/lib/contract/paths';
import type { ChangeNotice, EventPage } from '@/lib/contract/wire';
import { LIVE_CHANGE_EVENT } from './use-live-updates';

/** How many events a page of the panel's list holds. */
export const EVENTS_PAGE = 50;

/**
 * Events from GET /api/events up to a day (inclusive), or in a span from `from` (by period overlap), for one place or all of them: the newest
 * page first, earlier pages on request, shown oldest first. A war's worth of events is never
 * fetched at once.
 */
export function useEvents({ place, from, to }: { place?: string; from?: string; to: string }) {
  const key = (index: number, previous: EventPage | null) => {
    if (previous && !previous.next) return null;
    return eventsUrl({ place: place || undefined, from, to, order: 'desc', limit: EVENTS_PAGE, offset: index ? index * EVENTS_PAGE : undefined });
  };
  const { data, error, isLoading, mutate, size, setSize, isValidating } = useSWRInfinite(key, fetchJson<EventPage>, { keepPreviousData: true, revalidateFirstPage: false });
  // A change to events, places or sources refetches every loaded page; the old ones stay shown until then.
  useEffect(() => {
    const onChange = (e: Event) => {
      const { kinds } = (e as CustomEvent<ChangeNotice>).detail;
      if (kinds.some((k) => k === 'events' || k === 'places' || k === 'sources')) void mutate();
    };
    window.addEventListener(LIVE_CHANGE_EVENT, onChange);
    return () => window.removeEventListener(LIVE_CHANGE_EVENT, onChange);
  }, [mutate]);
  const pages = data ?? [];
  const events = data ? pages.flatMap((p) => p.features).reverse() : undefined;
  const total = pages[0]?.total;
  // Pages after the first leave out events whose source may not be handed out in bulk (ACLED).
  const withheld = pages.reduce((n, p) => n + (p.withheld?.count ?? 0), 0);
  return {
    events,
    /** How many events match in all (the list may hold fewer). */
    total,
    /** How many earlier events are not loaded yet. */
    earlier: total === undefined || !events ? 0 : total - events.length - withheld,
    /** How many earlier events the loaded pages leave out, their source's terms forbidding bulk copies. */
    withheld,
    loadEarlier: () => setSize(size + 1),
    loadingEarlier: isValidating && size > pages.length,
    error: error as Error | undefined,
    isLoading,
    retry: () => mutate(),
  };
}
