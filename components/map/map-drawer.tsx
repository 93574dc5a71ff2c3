'use client';
import { useEffect, useState } from 'react';

/** A foldable box over the map, open at first on wide screens and folded on narrow ones. */
export function MapDrawer({ title, className, children }: { title: string; className: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(true);
  useEffect(() => setOpen(!window.matchMedia('(max-width: 720px)').matches), []);
  return (
    <details className={`map-drawer ${className}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}
