'use client';
import { useEffect, useState } from 'react';
import { useSWRConfig } from 'swr';
import { API_PATHS } from '@/lib/contract/paths';
import type { ChangeNotice } from '@/lib/contract/wire';

/** Which endpoints' answers each kind of change makes stale. */
const STALE: Record<ChangeNotice['kinds'][number], string[]> = {
  events: [API_PATHS.events, API_PATHS.placeCounts, API_PATHS.places, API_PATHS.situation, API_PATHS.itineraries],
  places: [API_PATHS.places, API_PATHS.events, API_PATHS.flows, API_PATHS.itineraries],
  control: [API_PATHS.control, API_PATHS.situation],
  flows: [API_PATHS.flows, API_PATHS.situation],
  itineraries: [API_PATHS.itineraries],
  sources: [API_PATHS.events, API_PATHS.control, API_PATHS.flows, API_PATHS.itineraries, API_PATHS.situation],
  situation: [API_PATHS.situation],
};

/** The window event that carries each change to hooks that refetch by themselves. */
export const LIVE_CHANGE_EVENT = 'situation-map:change';

/** Whether an SWR key (a URL, or an infinite list's `$inf$` key) asks one of these paths, or one item under it (`/api/flows/{id}`). */
export function isStale(key: unknown, paths: string[]): boolean {
  if (typeof key !== 'string') return false;
  const url = key.replace(/^\$inf\$/, '');
  return paths.some((p) => url === p || url.startsWith(`${p}?`) || url.startsWith(`${p}/`));
}

/** What the data's last change touched, for a quiet notice; null before any change. */
export type LiveNotice = { kinds: ChangeNotice['kinds']; at: string; version: number };

/**
 * Follows GET /api/changes: on each change, refetches the answers it made stale (SWR keeps
 * showing the old ones until the new arrive, so nothing the reader sees jumps) and reports it.
 * EventSource reconnects by itself and resumes from the last version seen.
 */
export function useLiveUpdates(): LiveNotice | null {
  const { mutate } = useSWRConfig();
  const [notice, setNotice] = useState<LiveNotice | null>(null);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(API_PATHS.changes);
    const onChange = (e: MessageEvent<string>) => {
      const change = JSON.parse(e.data) as ChangeNotice;
      const paths = [...new Set(change.kinds.flatMap((k) => STALE[k] ?? []))];
      // Infinite lists (the panel's events) refetch their own pages on LIVE_CHANGE_EVENT.
      void mutate((key) => isStale(key, paths) && !String(key).startsWith('$inf$'));
      window.dispatchEvent(new CustomEvent<ChangeNotice>(LIVE_CHANGE_EVENT, { detail: change }));
      setNotice({ kinds: change.kinds, at: change.at, version: change.version });
    };
    source.addEventListener('change', onChange);
    return () => {
      source.removeEventListener('change', onChange);
      source.close();
    };
  }, [mutate]);
  return notice;
}
