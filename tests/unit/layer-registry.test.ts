import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { INTERACTIVE_LAYER_IDS, LAYER_REGISTRY, LAYERS_BY_DRAW_ORDER, LAYERS_BY_LEGEND_ORDER, layerOwning } from '@/components/layers/registry';
import { CONTROL_LAYER_IDS } from '@/lib/map/control-layers';
import { MOVEMENT_LAYER_IDS } from '@/lib/map/movement-layers';
import { PLACE_LAYER_IDS } from '@/lib/map/place-layers';
import { LAYERS } from '@/lib/url/view-state';

/** Clicks a feature of a MapLibre layer with these properties, and says what got selected. */
function click(layerId: string, properties: Record<string, unknown>) {
  const select = vi.fn();
  const feature = { layer: { id: layerId }, properties, geometry: { type: 'Point', coordinates: [0, 0] } } as unknown as MapGeoJSONFeature;
  layerOwning(layerId)?.map.onFeatureClick({ feature, map: {} as MapLibreMap, select, reducedMotion: true });
  return select.mock.calls;
}

describe('the layer registry', () => {
  it('has one entry per URL layer, in the URL\'s order', () => expect(LAYER_REGISTRY.map((e) => e.id)).toEqual([...LAYERS]));

  it('gives every clickable MapLibre layer to exactly one kind', () => {
    expect(new Set(INTERACTIVE_LAYER_IDS).size).toBe(INTERACTIVE_LAYER_IDS.length);
    for (const id of INTERACTIVE_LAYER_IDS) expect(LAYER_REGISTRY.filter((e) => e.map.interactiveLayerIds.includes(id))).toHaveLength(1);
  });

  it('stacks areas under flows under routes under places', () => expect(LAYERS_BY_DRAW_ORDER.map((e) => e.id)).toEqual(['control', 'flows', 'routes', 'events']));

  it('lists who holds what first in the legend', () => expect(LAYERS_BY_LEGEND_ORDER.map((e) => e.id)).toEqual(['control', 'events', 'flows', 'routes']));

  it('selects a place, an area or a flow from a click on its feature', () => {
    expect(click(PLACE_LAYER_IDS.point, { placeId: 'aleppo' })).toEqual([['place', 'aleppo']]);
    expect(click(CONTROL_LAYER_IDS.fill, { areaId: 'aleppo-city' })).toEqual([['area', 'aleppo-city']]);
    expect(click(CONTROL_LAYER_IDS.halo, { areaId: 'aleppo-city' })).toEqual([['area', 'aleppo-city']]);
    expect(click(MOVEMENT_LAYER_IDS.flowHead, { flowId: 'syrian-refugees-in-turkey' })).toEqual([['flow', 'syrian-refugees-in-turkey']]);
    expect(click(MOVEMENT_LAYER_IDS.routeStop, { placeId: 'ankara' })).toEqual([['place', 'ankara']]);
  });

  it('says, for each kind, what could not be loaded when its data fails', () => {
    expect(LAYER_REGISTRY.map((e) => [e.id, e.failure.what, e.failure.shownIn])).toEqual([
      ['events', 'whatPlaces', 'panel'],
      ['control', 'whatControl', 'map'],
      ['flows', 'whatFlows', 'map'],
      ['routes', 'whatRoutes', 'map'],
    ]);
  });
});
