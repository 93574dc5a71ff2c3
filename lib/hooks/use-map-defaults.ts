'use client';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Puts a map's own view (its layers, days, featured place: URL parameters) into the URL once, when
 * its page opens, for each parameter the reader's URL does not set: the reader's own win, and from
 * then on the URL alone says what is shown, as on every page.
 */
export function useMapDefaults(defaults: string | undefined) {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (!defaults) return;
    const current = new URLSearchParams(window.location.search);
    const selected = ['place', 'area', 'flow'].some((k) => current.has(k));
    let changed = false;
    for (const [key, value] of new URLSearchParams(defaults)) {
      if (current.has(key) || (key === 'place' && selected)) continue;
      current.set(key, value);
      changed = true;
    }
    if (changed) router.replace(`${pathname}?${current.toString().replaceAll('%2C', ',')}`, { scroll: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening: later changes are the reader's
  }, []);
}
