import type { StyleSpecification } from 'maplibre-gl';
import { mapFontFaces, MAP_FONT } from './fonts';
import { BASEMAP_FILES } from './region';

/** Basemap colours of the light theme; the browser tests read these back from the canvas. */
export const MAP_COLORS = {
  sea: '#aacbe3',
  land: '#f4f1ea',
  coast: '#7fa7c6',
  border: '#8c8577',
  label: '#5b5548',
} as const;

export type MapTheme = 'light' | 'dark';

/** Basemap colours by theme. */
export const MAP_THEMES: Record<MapTheme, Record<keyof typeof MAP_COLORS, string>> = {
  light: MAP_COLORS,
  dark: { sea: '#1b2838', land: '#2c2d30', coast: '#4d6a86', border: '#8f8a7d', label: '#cfc9bb' },
};

/** Layer ids, exported so code that queries or toggles layers names them once. */
export const LAYER_IDS = {
  sea: 'sea',
  land: 'land',
  coast: 'coast',
  borders: 'borders',
  countryLabels: 'country-labels',
} as const;

/** The basemap style: built from files the app serves (origin makes the URLs absolute), no glyph server. */
export function buildMapStyle(origin: string, theme: MapTheme = 'light', lang: 'en' | 'ar' = 'en'): StyleSpecification {
  const colors = MAP_THEMES[theme];
  return {
    version: 8,
    name: 'Situation map basemap (Natural Earth)',
    'font-faces': mapFontFaces(origin),
    sources: {
      countries: { type: 'geojson', data: `${origin}${BASEMAP_FILES.countries}`, attribution: 'Basemap: Natural Earth' },
      borders: { type: 'geojson', data: `${origin}${BASEMAP_FILES.borders}` },
      labels: { type: 'geojson', data: `${origin}${BASEMAP_FILES.labels}` },
    },
    layers: [
      { id: LAYER_IDS.sea, type: 'background', paint: { 'background-color': colors.sea } },
      { id: LAYER_IDS.land, type: 'fill', source: 'countries', paint: { 'fill-color': colors.land } },
      { id: LAYER_IDS.coast, type: 'line', source: 'countries', paint: { 'line-color': colors.coast, 'line-width': 0.6 } },
      {
        id: LAYER_IDS.borders,
        type: 'line',
        source: 'borders',
        paint: { 'line-color': colors.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 8, 1.6], 'line-dasharray': [3, 1.5] },
      },
      {
        id: LAYER_IDS.countryLabels,
        type: 'symbol',
        source: 'labels',
        layout: {
          'text-field': lang === 'ar' ? ['coalesce', ['get', 'name_ar'], ['get', 'name']] : ['upcase', ['get', 'name']],
          'text-font': [MAP_FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 8, 16],
          // Spacing letters apart breaks Arabic's joined script.
          'text-letter-spacing': lang === 'ar' ? 0 : 0.15,
          'text-max-width': 8,
          'symbol-sort-key': ['-', 0, ['get', 'areaKm2']],
        },
        paint: { 'text-color': colors.label, 'text-halo-color': colors.land, 'text-halo-width': 1.2 },
      },
    ],
  };
}
