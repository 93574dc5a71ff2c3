import type { CircleLayerSpecification, FillLayerSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_FONT } from './fonts';

import { MAP_THEMES, type MapTheme } from './style';

/** Colours of the movement layers; the browser tests read them back from the canvas. */
export const MOVEMENT_COLORS = { flow: '#d9731a', route: '#6a3d9a', halo: '#ffffff' } as const;

/** Label colours that keep their contrast on each theme's land. */
export function movementLabelPaint(theme: MapTheme, kind: 'flow' | 'route') {
  const dark = theme === 'dark';
  const text = kind === 'flow' ? (dark ? '#f3a65f' : '#7a3a00') : dark ? '#c9a8ef' : MOVEMENT_COLORS.route;
  return { 'text-color': text, 'text-halo-color': MAP_THEMES[theme].land, 'text-halo-width': 2 };
}

export const MOVEMENT_LAYER_IDS = {
  flowLine: 'flow-line',
  flowHead: 'flow-head',
  flowLabel: 'flow-label',
  routeLine: 'route-line',
  routeStop: 'route-stop',
  routeStopLabel: 'route-stop-label',
} as const;

export const flowLineLayer: LineLayerSpecification = {
  id: MOVEMENT_LAYER_IDS.flowLine,
  type: 'line',
  source: 'flows',
  layout: { 'line-cap': 'butt', 'line-join': 'round' },
  paint: { 'line-color': MOVEMENT_COLORS.flow, 'line-width': ['get', 'widthPx'], 'line-opacity': 0.9 },
};

export const flowHeadLayer: FillLayerSpecification = {
  id: MOVEMENT_LAYER_IDS.flowHead,
  type: 'fill',
  source: 'flow-heads',
  paint: { 'fill-color': MOVEMENT_COLORS.flow, 'fill-opacity': 0.9 },
};

export const flowLabelLayer: SymbolLayerSpecification = {
  id: MOVEMENT_LAYER_IDS.flowLabel,
  type: 'symbol',
  source: 'flow-labels',
  layout: {
    'text-field': ['get', 'label'],
    'text-font': [MAP_FONT],
    'text-size': 13,
    'text-max-width': 11,
    // Each label beside its anchor on the arc, on whichever side is free; placed in rank order (the
    // selected flow, then the article's own, then the larger), a label with no free side left out:
    // its arrow is still drawn, and listed in the overview. It sits under the country names and the
    // route's stop labels (placed before it), so they stay readable.
    'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-left', 'top-right', 'bottom-right'],
    'text-radial-offset': 1.2,
    'text-justify': 'auto',
    'symbol-sort-key': ['get', 'rank'],
    'text-allow-overlap': false,
    'text-ignore-placement': false,
  },
  paint: { 'text-color': '#7a3a00', 'text-halo-color': MOVEMENT_COLORS.halo, 'text-halo-width': 2 },
};

export const routeLineLayer: LineLayerSpecification = {
  id: MOVEMENT_LAYER_IDS.routeLine,
  type: 'line',
  source: 'routes',
  filter: ['==', ['get', 'featureType'], 'leg'],
  layout: { 'line-cap': 'round' },
  paint: { 'line-color': MOVEMENT_COLORS.route, 'line-width': 3.5, 'line-dasharray': [2, 1.5] },
};

export const routeStopLayer: CircleLayerSpecification = {
  id: MOVEMENT_LAYER_IDS.routeStop,
  type: 'circle',
  source: 'routes',
  filter: ['==', ['get', 'featureType'], 'stop'],
  paint: { 'circle-radius': 13, 'circle-color': MOVEMENT_COLORS.route, 'circle-opacity': 0.35 },
};

/** "1 · Sun 1 Dec" under each stop; the text is written by the client in the reader's date format. */
export const routeStopLabelLayer: SymbolLayerSpecification = {
  id: MOVEMENT_LAYER_IDS.routeStopLabel,
  type: 'symbol',
  source: 'routes',
  filter: ['==', ['get', 'featureType'], 'stop'],
  layout: {
    'text-field': ['get', 'stopLabel'],
    'text-font': [MAP_FONT],
    'text-size': 12,
    'text-anchor': 'top',
    'text-offset': [0, 1.3],
    'text-max-width': 20,
    'text-allow-overlap': true,
  },
  paint: { 'text-color': MOVEMENT_COLORS.route, 'text-halo-color': MOVEMENT_COLORS.halo, 'text-halo-width': 2 },
};
