'use client';
import { useSyncExternalStore } from 'react';

/**
 * What the embed's components use of `next/navigation`, for the embed's own build (scripts/build-embed.ts),
 * which runs them on Preact without Next's router: the URL is the browser's, and a push or replace
 * changes it with the History API and tells every reader. On the server, the request's URL (`serverUrl`).
 */
const listeners = new Set<() => void>();
let serverUrl = new URL('http://localhost/');

/** The URL the server renders for (set by the embed's server render before each render). */
export function setServerUrl(url: URL) {
  serverUrl = url;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const search = () => (typeof window === 'undefined' ? serverUrl.search : window.location.search);
const pathname = () => (typeof window === 'undefined' ? serverUrl.pathname : window.location.pathname);

// One URLSearchParams per search string, so that a render that finds the URL unchanged gets the same object.
let cached: { search: string; params: URLSearchParams } | null = null;
function paramsOf(s: string) {
  if (cached?.search !== s) cached = { search: s, params: new URLSearchParams(s) };
  return cached.params;
}

export function useSearchParams(): URLSearchParams {
  return paramsOf(useSyncExternalStore(subscribe, search, search));
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, pathname, pathname);
}

function go(mode: 'pushState' | 'replaceState', href: string) {
  window.history[mode](window.history.state, '', href);
  for (const listener of listeners) listener();
}

const router = {
  push: (href: string, _options?: { scroll?: boolean }) => go('pushState', href),
  replace: (href: string, _options?: { scroll?: boolean }) => go('replaceState', href),
};

export function useRouter() {
  return router;
}
