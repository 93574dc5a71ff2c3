import type { ComponentType } from 'react';
import { LAYERS, type LayerId } from '@/lib/url/view-state';
import { controlLayer } from './control/entry';
import { flowsLayer } from './flows/entry';
import { placesLayer } from './places/entry';
import { routesLayer } from './routes/entry';
import type { LayerEntry, LayerLoad, MapLayerProps } from './types';

/**
 * Every kind of thing on the map, by its key in the URL's `layers`. Adding a kind is a folder
 * beside these (its entry: data hook, map layer, legend, overview, card) and a line here, with its
 * key in LAYERS (lib/url/view-state.ts); the compiler refuses a key without an entry, or the reverse.
 * Each entry was checked against its own data type by defineLayer; the table forgets the type, as
 * MapLibre's table of source types does.
 */
const ENTRIES: Record<LayerId, LayerEntry<any>> = {
  events: placesLayer,
  control: controlLayer,
  flows: flowsLayer,
  routes: routesLayer,
};

/** An entry of the registry, with its URL key. */
export type RegisteredLayer = LayerEntry<any> & { id: LayerId };

/** The registry, in the URL's order: the toggles, the overview's lists, the panel and the failures go by it. */
export const LAYER_REGISTRY: readonly RegisteredLayer[] = LAYERS.map((id) => ({ ...ENTRIES[id], id }));

/** The registry as the map stacks it, bottom to top. */
export const LAYERS_BY_DRAW_ORDER = [...LAYER_REGISTRY].sort((a, b) => a.map.drawOrder - b.map.drawOrder);

/** The registry in the legend's order. */
export const LAYERS_BY_LEGEND_ORDER = [...LAYER_REGISTRY].sort((a, b) => a.legend.order - b.legend.order);

/** Every MapLibre layer whose features answer clicks. */
export const INTERACTIVE_LAYER_IDS = LAYER_REGISTRY.flatMap((entry) => entry.map.interactiveLayerIds);

/** The kind that owns a MapLibre layer, for clicks. */
export const layerOwning = (mapLayerId: string) => LAYER_REGISTRY.find((entry) => entry.map.interactiveLayerIds.includes(mapLayerId));

/** Sources whose data changes with the day, of every kind. */
export const DAY_SOURCES: ReadonlySet<string> = new Set(LAYER_REGISTRY.flatMap((entry) => entry.map.daySources ?? []));

/** Every kind's data, by URL key. */
export type LayerLoads = Readonly<Record<LayerId, LayerLoad<unknown>>>;

/**
 * Calls every kind's data hook. Hooks in a loop are safe here: LAYER_REGISTRY is a module constant
 * that never changes while the app runs, so the same hooks run in the same order on every render,
 * as React's rules of hooks require. Never filter or reorder it per render (by the layers shown,
 * say): a hidden layer's data still loads.
 */
export function useLayerLoads(date: string, from: string | null): LayerLoads {
  const loads = {} as Record<LayerId, LayerLoad<unknown>>;
  for (const entry of LAYER_REGISTRY) loads[entry.id] = entry.useData(date, from);
  return loads;
}

/** Every kind's map layer component, by URL key. */
export type MapLayers = Readonly<Record<LayerId, ComponentType<MapLayerProps<unknown>>>>;

let mapLayers: Promise<MapLayers> | undefined;

/** Loads every kind's map layer component (they draw with react-map-gl, so they come with the map, in the browser). */
export function loadMapLayers(): Promise<MapLayers> {
  mapLayers ??= Promise.all(LAYER_REGISTRY.map(async (entry) => [entry.id, await entry.map.load()] as const)).then((pairs) => Object.fromEntries(pairs) as MapLayers);
  return mapLayers;
}
