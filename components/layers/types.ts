import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import type { ComponentType, ReactNode } from 'react';
import type { useI18n } from '@/components/i18n/i18n-provider';
import type { PlaceFeature } from '@/lib/data/features';
import type { MessageKey } from '@/lib/i18n/messages';
import type { MapTheme } from '@/lib/map/style';

/** What a reader can select: each a key of the URL (`?place=`, `?area=`, `?flow=`) that opens in the panel. */
export const SELECTION_KINDS = ['place', 'area', 'flow'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
/** What is selected, by kind (at most one is set). */
export type Selected = Record<SelectionKind, string | null>;
/** Selects a thing, or closes it with null; the URL keeps the choice. */
export type Select = (kind: SelectionKind, id: string | null) => void;

/** What a kind's data hook answers. */
export type LayerLoad<D> = {
  /** The kind's data; undefined until it first arrives. */
  data: D | undefined;
  /** Whether all of it has arrived: the map marks its first complete render once every kind's has. */
  complete: boolean;
  error?: Error;
  /** Loads again after a failure. */
  retry: () => void;
  /** Whether, despite the error, what was loaded before is still shown. */
  kept?: boolean;
};

/** What every kind's parts see besides their own data. */
export type Scene = {
  /** The timeline's day (with `from`, the last day of the span shown). */
  date: string;
  /** The first day of the span the reader chose on the timeline; null shows everything up to `date`. */
  from: string | null;
  /** Every place: what the kinds hang off (an area's city, a stop's city); undefined while loading. */
  places: PlaceFeature[] | undefined;
  selected: Selected;
  select: Select;
};

/** The scene as the map draws it. */
export type MapScene = Scene & { places: PlaceFeature[]; theme: MapTheme };

/** A kind's map layer component's props: its data (there by then) and the map's scene. */
export type MapLayerProps<D> = { data: D; scene: MapScene };

/** A click on one of a kind's interactive features: the topmost feature under the pointer. */
export type FeatureClick = { feature: MapGeoJSONFeature; map: MapLibreMap; select: Select; reducedMotion: boolean };

/** What the panel renders for a selected thing. */
export type CardArgs<D> = { id: string; data: D | undefined; scene: Scene; i18n: ReturnType<typeof useI18n> };

/** An RGBA image a map layer's style names (a fill pattern, say). */
export type MapImage = { width: number; height: number; data: Uint8Array };

/**
 * One kind of thing on the map (places, control areas, flows, routes…): everything the page, the
 * map, the legend, the layer toggles, the panel and the failures list need of it. Its key in the
 * registry is its key in the URL's `layers`.
 */
export type LayerEntry<D> = {
  /**
   * The kind's data hook. Every entry's is called on every render, in registry order, whether the
   * layer is shown or not (see useLayerLoads).
   */
  useData: (date: string, from: string | null) => LayerLoad<D>;
  /** The layer toggle's label. */
  toggleLabel: MessageKey;
  /** What a failed load says could not be loaded ("Could not load {what}."), and where it says so. */
  failure: { what: MessageKey; shownIn: 'map' | 'panel' };
  map: {
    /** The component that draws the kind with react-map-gl; loaded with the map, in the browser only. */
    load: () => Promise<ComponentType<MapLayerProps<D>>>;
    /** Stacking, bottom to top: the lowest draws first. */
    drawOrder: number;
    /** MapLibre layer ids whose features answer clicks (and show the pointer). */
    interactiveLayerIds: readonly string[];
    /** What a click on a feature of those layers does: select something, or zoom. */
    onFeatureClick: (click: FeatureClick) => void;
    /** Images the kind's style names, added to the map before the kind draws (it waits for them). */
    images?: Record<string, () => MapImage>;
    /** Sources whose data changes with the day: new data there makes the map not idle until drawn. */
    daySources?: readonly string[];
  };
  /** The legend's list for the kind: its accessible name, its place among the lists, its items. */
  legend: { label: MessageKey; order: number; Items: ComponentType<{ data: D | undefined }> };
  /** The overview's list of the kind's things, in the panel when nothing is selected. */
  Overview?: ComponentType<{ data: D | undefined; scene: Scene }>;
  /**
   * The panel for a selected thing of the kind: its heading's content and its body. A plain function
   * (no hooks); a body left undefined keeps the overview below the heading, as while places load.
   */
  card?: { selects: SelectionKind; render: (args: CardArgs<D>) => { title: ReactNode; body: ReactNode | undefined } };
};

/** Checks an entry against its own data type; the registry then holds entries of every data type. */
export const defineLayer = <D>(entry: LayerEntry<D>): LayerEntry<D> => entry;
