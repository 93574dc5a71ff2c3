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

  const closeAndRestore = useCallback(() => {
    const { element, key } = opener.current;
    close();
    setTimeout(() => {
      const again = key ? document.querySelector<HTMLElement>(`[data-select="${CSS.escape(key)}"]`) : null;
      const target = again ?? (element?.isConnected ? element : null) ?? document.querySelector<HTMLElement>('.panel h2');
      target?.focus();
    }, 50);
  }, [close]);

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
