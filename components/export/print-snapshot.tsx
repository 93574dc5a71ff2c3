'use client';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';

/**
 * A still of the map for printing: a WebGL canvas may print blank, so just before printing the map
 * is drawn at once and copied into an image put right over the canvas (under the markers, which
 * come after it), shown by the print stylesheet only; the legend is unfolded for the page. All
 * undone after printing.
 */
export function usePrintSnapshot(map: MapLibreMap | null) {
  useEffect(() => {
    if (!map) return;
    let image: HTMLImageElement | null = null;
    let unfolded: HTMLDetailsElement[] = [];
    const before = () => {
      // Printing again (or a PDF made while a print is open) replaces the still, never stacks them.
      image?.remove();
      const canvas = map.getCanvas();
      map.redraw();
      image = document.createElement('img');
      image.className = 'map-print-snapshot';
      image.alt = '';
      image.src = canvas.toDataURL('image/png');
      Object.assign(image.style, { width: canvas.style.width, height: canvas.style.height });
      canvas.after(image);
      for (const d of document.querySelectorAll<HTMLDetailsElement>('details.legend:not([open])')) {
        d.open = true;
        unfolded.push(d);
      }
    };
    const after = () => {
      image?.remove();
      image = null;
      for (const d of unfolded) d.open = false;
      unfolded = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      after();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [map]);
}
