'use client';
import { useCallback, useEffect, useRef } from 'react';

/**
 * Keeps track of what opened the panel, so that closing it (by Escape or its close button) gives
 * focus back there: the control itself, or the same control found again by its data-select key
 * when the panel's own list was re-rendered, or else the panel's heading. Escape is left to an
 * open dialog, which closes itself.
 */
export function usePanelFocus(open: boolean, close: () => void): () => void {
  const last = useRef<HTMLElement | null>(null);
  const previous = useRef<HTMLElement | null>(null);
  const opener = useRef<{ element: HTMLElement | null; key: string | null }>({ element: null, key: null });

  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      previous.current = last.current;
      last.current = e.target as HTMLElement;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  useEffect(() => {
    if (!open) return;
    // The panel moves focus to its heading as it opens: the opener is the element before it.
    const element = last.current?.matches('.panel h2') ? previous.current : last.current;
    opener.current = { element, key: element?.dataset.select ?? null };
  }, [open]);

  // Set on close; the effect below gives focus back once the closed panel is on screen, however
  // long the URL change and the re-render take (a slow phone, a busy machine).
  const restoring = useRef<{ element: HTMLElement | null; key: string | null } | null>(null);
  const closeAndRestore = useCallback(() => {
    restoring.current = opener.current;
    close();
  }, [close]);

  useEffect(() => {
    if (open || !restoring.current) return;
    const { element, key } = restoring.current;
    restoring.current = null;
    const target = () => (key ? document.querySelector<HTMLElement>(`[data-select="${CSS.escape(key)}"]`) : null) ?? (element?.isConnected ? element : null);
    const give = () => {
      const found = target();
      if (!found) return false;
      found.focus();
      return true;
    };
    if (give()) return;
    // The control that opened the panel is not rendered yet (its list is still coming): wait for it, for a while.
    const observer = new MutationObserver(() => give() && stop());
    const timer = setTimeout(() => {
      stop();
      if (document.activeElement === document.body) document.querySelector<HTMLElement>('.panel h2')?.focus();
    }, 5_000);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      closeAndRestore();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, closeAndRestore]);

  return closeAndRestore;
}
