'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { parseViewState, viewStateSearch, type ViewState } from '@/lib/url/view-state';

/** The view state in the URL, and a setter that pushes a history entry (so back and forward work). */
export function useViewState() {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const state = useMemo(() => parseViewState(new URLSearchParams(params.toString())), [params]);
  const selectPlace = useCallback(
    (place: ViewState['place']) => router.push(`${pathname}${viewStateSearch(new URLSearchParams(params.toString()), { ...state, place })}`, { scroll: false }),
    [router, pathname, params, state],
  );
  return { ...state, selectPlace };
}
