import { isIsoDate, isSlugId } from '@/lib/schemas/formats';

/** The map's layers a reader can switch on and off. */
export const LAYERS = ['events', 'control', 'flows', 'routes'] as const;
export type LayerId = (typeof LAYERS)[number];

/** A map view: centre and zoom. */
export type MapView = { longitude: number; latitude: number; zoom: number };

/** What the URL says the reader is looking at; the URL is the single source of truth for it. */
export type ViewState = {
  /** The selected place (its events open in the panel). */
  place: string | null;
  /** The selected control area (its sourced claim opens in the panel). */
  area: string | null;
  /** The selected flow (its sourced figure opens in the panel). */
  flow: string | null;
  /** The layers shown, in a fixed order; every layer when the URL names none. */
  layers: LayerId[];
  /** The timeline's day (with `from`, the span's last day); null means the last day of the data. */
  date: string | null;
  /** The first day of a span the reader brushed (events from it up to `date`); null means everything up to `date`. */
  from: string | null;
  /** The map view given in the link, as "lon,lat,zoom"; null means the default view. */
  view: MapView | null;
  /** `light` or `dark`; null means the default (light). */
  theme: 'light' | 'dark' | null;
  /** Whether the legend shows (`legend=off` hides it). */
  legend: boolean;
};

const id = (value: string | null) => (value && isSlugId(value) ? value : null);

/** Reads "lon,lat,zoom"; anything malformed or out of range reads as no view. */
export function parseMapView(value: string | null): MapView | null {
  const raw = value?.split(',');
  // Plain decimals only: Number() would read "" as 0 and take "0x10".
  if (!raw || raw.length !== 3 || raw.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const parts = raw.map(Number);
  const [longitude, latitude, zoom] = parts;
  if (Math.abs(longitude) > 180 || Math.abs(latitude) > 85 || zoom < 0 || zoom > 22) return null;
  return { longitude, latitude, zoom };
}

/** Reads "events,flows": known layer names, in the fixed order; none named means all. */
export function parseLayers(value: string | null): LayerId[] {
  if (value === null) return [...LAYERS];
  const named = new Set(value.split(','));
  return LAYERS.filter((l) => named.has(l));
}

/** Reads the view state from search params; a malformed value reads as absent. */
export function parseViewState(params: URLSearchParams): ViewState {
  const date = params.get('date');
  const from = params.get('from');
  return {
    place: id(params.get('place')),
    area: id(params.get('area')),
    flow: id(params.get('flow')),
    layers: parseLayers(params.get('layers')),
    date: date && isIsoDate(date) ? date : null,
    from: from && isIsoDate(from) ? from : null,
    view: parseMapView(params.get('view')),
    theme: params.get('theme') === 'dark' ? 'dark' : params.get('theme') === 'light' ? 'light' : null,
    legend: params.get('legend') !== 'off',
  };
}

const written: { [K in keyof ViewState]: (v: NonNullable<ViewState[K]>) => string | null } = {
  place: (v) => v,
  area: (v) => v,
  flow: (v) => v,
  // All layers is the default, written as nothing.
  layers: (v) => (v.length === LAYERS.length ? null : v.join(',')),
  date: (v) => v,
  from: (v) => v,
  view: (v) => [v.longitude.toFixed(4), v.latitude.toFixed(4), v.zoom.toFixed(2)].join(','),
  theme: (v) => v,
  legend: (v) => (v ? null : 'off'),
};

/** Writes changes to the view state over existing search params, keeping the ones it does not own. */
export function viewStateSearch(params: URLSearchParams, change: Partial<ViewState>): string {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(change) as (keyof ViewState)[]) {
    const value = change[key];
    const text = value === null || value === undefined ? null : (written[key] as (v: unknown) => string | null)(value);
    if (text === null) next.delete(key);
    else next.set(key, text);
  }
  const search = next.toString().replaceAll('%2C', ',');
  return search ? `?${search}` : '';
}

/** The day a page shows: the link's date within the data's span, else the span's last day. */
export function shownDate(span: { start: string; end: string }, date: string | null): string {
  return date === null ? span.end : date < span.start ? span.start : date > span.end ? span.end : date;
}

/**
 * The span a page shows, from the link's `from` and `date`: null (everything up to the shown day)
 * without a `from`, or with one after that day; else `from` within the data's span, up to the shown day.
 */
export function shownSpan(span: { start: string; end: string }, from: string | null, date: string | null): { from: string; to: string } | null {
  const to = shownDate(span, date);
  if (from === null || from > to) return null;
  return { from: from < span.start ? span.start : from, to };
}

/**
 * A map's own view (/m/{slug}: its layers, days, featured place, as URL parameters) over a
 * reader's URL, for each parameter the reader's does not set: the reader's own win, and a
 * selection of theirs (place, area, flow) keeps the map's featured place out.
 */
export function withMapDefaults(current: URLSearchParams, defaults: string): URLSearchParams {
  const next = new URLSearchParams(current);
  const selected = ['place', 'area', 'flow'].some((k) => current.has(k));
  for (const [key, value] of new URLSearchParams(defaults)) {
    if (current.has(key) || (key === 'place' && selected)) continue;
    next.set(key, value);
  }
  return next;
}
