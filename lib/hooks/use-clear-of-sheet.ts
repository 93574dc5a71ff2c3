'use client';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { inFreePart, paddingForCover, type Padding } from '@/lib/map/clearance';

/** How far inside the uncovered part the selected place must lie (its marker's dot and the start of its name). */
const MARGIN = 28;

/**
 * Keeps what the embed's sheet is about in the part of the map the sheet leaves free: the map's
 * padding follows the sheet (so the map's centre is the free part's centre), and when the
 * selected point would lie under the sheet or at its edge, the map moves it into the free part.
 */
/** `point` keeps its identity while the selection is the same (the place's own coordinates array). */
export function useClearOfSheet(map: MapLibreMap | null, sheet: HTMLElement | null, point: [number, number] | null, reducedMotion: boolean) {
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const fit = () => {
      const padding = paddingForCover(container.getBoundingClientRect(), sheet?.getBoundingClientRect() ?? null);
      const old = map.getPadding();
      if (!samePadding(old, padding)) {
        // A new padding keeps what the reader sees where it was: the centre becomes what lies at the new free part's centre.
        const { clientWidth: width, clientHeight: height } = container;
        const at = map.unproject([(padding.left + width - padding.right) / 2, (padding.top + height - padding.bottom) / 2]);
        map.jumpTo({ center: at, padding });
      }
      if (!point || !sheet) return;
      const { clientWidth: width, clientHeight: height } = container;
      if (!inFreePart(map.project(point), { width, height }, padding, MARGIN)) {
        map.easeTo({ center: point, padding, duration: reducedMotion ? 0 : 400 });
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(container);
    if (sheet) observer.observe(sheet);
    return () => observer.disconnect();
  }, [map, sheet, point, reducedMotion]);
}

const samePadding = (a: Partial<Padding>, b: Padding) => (a.top ?? 0) === b.top && (a.right ?? 0) === b.right && (a.bottom ?? 0) === b.bottom && (a.left ?? 0) === b.left;
