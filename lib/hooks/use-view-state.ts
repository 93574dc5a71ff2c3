'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { parseViewState, viewStateSearch, withMapDefaults, type ViewState } from '@/lib/url/view-state';

/**
 * The view state in the URL, and setters. Choosing a place or an area pushes a history entry (so
 * back and forward work); moving the timeline replaces the entry (so back does not step days).
 * `defaults`, a map's own view (/m/{slug}), is read over the URL the page opened with until the
 * URL first changes (useMapDefaults writes them into it): the server renders the map's view, and
 * no paint shows another; after that, the URL alone says what is shown.
 */
export function useViewState(defaults?: string) {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const search = params.toString();
  const [openedWith] = useState(search);
  const [moved, setMoved] = useState(false);
  if (!moved && search !== openedWith) setMoved(true);
  const opening = Boolean(defaults) && !moved && search === openedWith;
  const state = useMemo(() => parseViewState(opening ? withMapDefaults(new URLSearchParams(search), defaults!) : new URLSearchParams(search)), [search, opening, defaults]);
  const update = useCallback(
    (change: Partial<ViewState>, mode: 'push' | 'replace') => {
      // Read the live URL, not the render's params, so that quick successive steps all land.
      const live = new URLSearchParams(window.location.search);
      const href = `${pathname}${viewStateSearch(opening ? withMapDefaults(live, defaults!) : live, change)}`;
      if (href === `${window.location.pathname}${window.location.search}`) return; // no duplicate history entries
      router[mode](href, { scroll: false });
    },
    [router, pathname, opening, defaults],
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
