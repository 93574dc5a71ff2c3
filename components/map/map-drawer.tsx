'use client';
import { useEffect, useState } from 'react';

/** Where the drawers start folded unless told otherwise: narrow screens. */
const FOLDED_ON = '(max-width: 720px)';

/**
 * A foldable box over the map, open at first on wide screens and folded on narrow ones (or where
 * `foldedOn` matches). It appears once the browser has said which: a box that opened and then
 * folded as the page hydrated would move under the reader's eyes (a layout shift).
 */
export function MapDrawer({ title, className, foldedOn = FOLDED_ON, children }: { title: string; className: string; foldedOn?: string; children: React.ReactNode }) {
  const [open, setOpen] = useState<boolean | null>(null);
  useEffect(() => setOpen(!window.matchMedia(foldedOn).matches), [foldedOn]);
  if (open === null) return null;
  return (
    <details className={`map-drawer ${className}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}
