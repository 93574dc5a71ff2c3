'use client';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { withMapDefaults } from '@/lib/url/view-state';

/**
 * Puts a map's own view (its layers, days, featured place: URL parameters) into the URL once, when
 * its page opens, for each parameter the reader's URL does not set: the reader's own win, and from
 * then on the URL alone says what is shown, as on every page. Until it lands, useViewState reads
 * the URL with the same defaults, so the first paint (the server's HTML) already shows the map's view.
 */
export function useMapDefaults(defaults: string | undefined) {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (!defaults) return;
    const current = new URLSearchParams(window.location.search);
    const next = withMapDefaults(current, defaults);
    if (next.toString() !== current.toString()) router.replace(`${pathname}?${next.toString().replaceAll('%2C', ',')}`, { scroll: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening: later changes are the reader's
  }, []);
}
