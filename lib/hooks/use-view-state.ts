'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { parseViewState, viewStateSearch, type ViewState } from '@/lib/url/view-state';

/**
 * The view state in the URL, and setters. Choosing a place or an area pushes a history entry (so
 * back and forward work); moving the timeline replaces the entry (so back does not step days).
 */
export function useViewState() {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const state = useMemo(() => parseViewState(new URLSearchParams(params.toString())), [params]);
  const update = useCallback(
    (change: Partial<ViewState>, mode: 'push' | 'replace') => {
      // Read the live URL, not the render's params, so that quick successive steps all land.
      const href = `${pathname}${viewStateSearch(new URLSearchParams(window.location.search), change)}`;
      if (href === `${window.location.pathname}${window.location.search}`) return; // no duplicate history entries
      router[mode](href, { scroll: false });
    },
    [router, pathname],
  );
  return {
    ...state,
    selectPlace: useCallback((place: string | null) => update({ place, area: null, flow: null }, 'push'), [update]),
    selectArea: useCallback((area: string | null) => update({ area, place: null, flow: null }, 'push'), [update]),
    selectFlow: useCallback((flow: string | null) => update({ flow, place: null, area: null }, 'push'), [update]),
    setLayers: useCallback((layers: ViewState['layers']) => update({ layers }, 'replace'), [update]),
    setDate: useCallback((date: string) => update({ date }, 'replace'), [update]),
    /** A span, from..to; a null `from` goes back to everything up to `to`. */
    setSpan: useCallback((from: string | null, to: string) => update({ from, date: to }, 'replace'), [update]),
  };
}
