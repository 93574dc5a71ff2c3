import type { CircleLayerSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { ActorColors } from '@/lib/schemas/situation';

const FALLBACK_COLORS = ['#8d6cab', '#e0a526', '#3a7ca5', '#6b6b6b'];

/** An actor's colour from the situation's actor colours; actors without one get a stable colour from a fallback palette. */
export function actorColor(actorId: string, colors: ActorColors): string {
  if (Object.hasOwn(colors, actorId)) return colors[actorId];
  const hash = [...actorId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  return FALLBACK_COLORS[hash % FALLBACK_COLORS.length];
}

/** Opacity of a control area's fill over the basemap; the browser tests blend with it. */
export const CONTROL_FILL_OPACITY = 0.55;

export const CONTROL_LAYER_IDS = {
  fill: 'control-fill',
  hatch: 'control-hatch',
  outline: 'control-outline',
  outlineExact: 'control-outline-exact',
  changed: 'control-changed',
  halo: 'control-halo',
} as const;

export const HATCH_IMAGE = 'control-hatch';

/** A colour expression: each feature's actorId mapped to its actor's colour. */
function colorByActor(actorIds: string[], colors: ActorColors): string {
  const match = actorIds.flatMap((id) => [id, actorColor(id, colors)]);
  return match.length ? (['match', ['get', 'actorId'], ...match, '#6b6b6b'] as unknown as string) : '#6b6b6b';
}

/** The fill layer, coloured by the actor ids present in the data. */
export function controlFillLayer(actorIds: string[], colors: ActorColors): FillLayerSpecification {
  return {
    id: CONTROL_LAYER_IDS.fill,
    type: 'fill',
    source: 'control',
    paint: { 'fill-color': colorByActor(actorIds, colors), 'fill-opacity': CONTROL_FILL_OPACITY },
  };
}

/**
 * At low zoom a city-sized area is smaller than its marker: a disc in the holder's colour around
 * the area's place keeps it visible, fading out as the area itself grows large enough to see.
 */
export function controlHaloLayer(actorIds: string[], colors: ActorColors): CircleLayerSpecification {
  return {
    id: CONTROL_LAYER_IDS.halo,
    type: 'circle',
    source: 'control-places',
    maxzoom: 8,
    paint: {
      'circle-color': colorByActor(actorIds, colors),
      'circle-opacity': CONTROL_FILL_OPACITY + 0.15,
      'circle-radius': 17,
      'circle-stroke-color': '#111111',
      'circle-stroke-width': ['case', ['==', ['get', 'changedHands'], true], 3, 0],
    },
  };
}

/** Contested areas are hatched. */
export const controlHatchLayer: FillLayerSpecification = {
  id: CONTROL_LAYER_IDS.hatch,
  type: 'fill',
  source: 'control',
  filter: ['==', ['get', 'status'], 'contested'],
  paint: { 'fill-pattern': HATCH_IMAGE },
};

/** An approximate outline's edge is dashed: it is not a front line. */
export const controlOutlineLayer: LineLayerSpecification = {
  id: CONTROL_LAYER_IDS.outline,
  type: 'line',
  source: 'control',
  filter: ['==', ['get', 'approximate'], true],
  paint: { 'line-color': '#3b3b3b', 'line-width': 1.2, 'line-dasharray': [2, 2] },
};

/** A front line or boundary is drawn solid. */
export const controlOutlineExactLayer: LineLayerSpecification = {
  id: CONTROL_LAYER_IDS.outlineExact,
  type: 'line',
  source: 'control',
  filter: ['!=', ['get', 'approximate'], true],
  paint: { 'line-color': '#3b3b3b', 'line-width': 1.2 },
};

/** Areas that changed hands since the previous day get a thick dark edge. */
export const controlChangedLayer: LineLayerSpecification = {
  id: CONTROL_LAYER_IDS.changed,
  type: 'line',
  source: 'control',
  filter: ['==', ['get', 'changedHands'], true],
  paint: { 'line-color': '#111111', 'line-width': 4 },
};

/** An 8×8 RGBA tile of dark diagonal stripes for fill-pattern. */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      data.set(on ? [40, 40, 40, 200] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
