import type * as MapLibre from 'maplibre-gl';
import { drawGlyphsLeftToRight } from './glyph-direction';

/**
 * MapLibre's own ES module, copied into public/ by the build (scripts/build-assets.ts) beside its
 * worker, and loaded from there rather than from a bundle chunk: the page's head asks for it
 * (`modulepreload`, lib/data/preload.ts) while the HTML is still arriving, so its 300 kB download
 * and compilation run alongside the framework's scripts instead of after them.
 */
export const MAPLIBRE_MODULE_URL = '/maplibre-gl.mjs';
/** Its worker, beside it (MapLibre would find it there too; named here so nothing depends on that). */
export const MAPLIBRE_WORKER_URL = '/maplibre-gl-worker.mjs';

export type MapLibreModule = typeof MapLibre;

let loading: Promise<MapLibreModule> | null = null;

/** MapLibre, loaded once, its workers started and its glyphs drawn left to right (lib/map/glyph-direction.ts). */
export function loadMapLibre(): Promise<MapLibreModule> {
  loading ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAPLIBRE_MODULE_URL) as Promise<MapLibreModule>).then((maplibre) => {
    maplibre.setWorkerUrl(MAPLIBRE_WORKER_URL);
    // Start the workers now, while the page hydrates, rather than when the map is created.
    maplibre.prewarm();
    drawGlyphsLeftToRight();
    return maplibre;
  });
  return loading;
}
