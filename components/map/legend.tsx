'use client';
import { useEffect, useState } from 'react';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { actorColor, CONTROL_FILL_OPACITY } from '@/lib/map/control-layers';

/** Names the holders on the map and their colours, and the edge and hatch treatments. Starts folded on narrow screens. */
export function Legend({ control }: { control: ControlCollection | undefined }) {
  const [open, setOpen] = useState(true);
  useEffect(() => setOpen(!window.matchMedia('(max-width: 720px)').matches), []);
  const actors = new Map((control?.features ?? []).map((f) => [f.properties.actor.id, f.properties.actor.name]));
  return (
    <details className="legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Legend</summary>
      <ul aria-label="Who holds the areas">
        {[...actors].map(([id, name]) => (
          <li key={id} data-actor={id}>
            <span className="legend-swatch" style={{ background: actorColor(id), opacity: CONTROL_FILL_OPACITY + 0.2 }} aria-hidden="true" />
            Held by {name}
          </li>
        ))}
        <li>
          <span className="legend-swatch legend-changed" aria-hidden="true" />
          Changed hands since the day before
        </li>
        <li>
          <span className="legend-swatch legend-hatch" aria-hidden="true" />
          Contested
        </li>
        <li>
          <span className="legend-swatch legend-approximate" aria-hidden="true" />
          Approximate outline, not a front line
        </li>
        <li>
          <span className="legend-swatch legend-place" aria-hidden="true" />
          City with events (number of events so far)
        </li>
      </ul>
    </details>
  );
}
