'use client';
import { useEffect, useRef } from 'react';

/**
 * Escape closes what is open in the panel and gives focus back to where the reader opened it from
 * (the last element focused outside the panel), unless a dialog is open and takes Escape itself.
 */
export function useEscapeToClose(open: boolean, close: () => void) {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const target = e.target as HTMLElement;
      if (!target.closest('.panel')) opener.current = target;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      close();
      const back = opener.current;
      // The panel re-renders first; then focus returns to the control that opened it.
      if (back?.isConnected) setTimeout(() => back.focus(), 0);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);
}
