// The API's endpoint paths and the URLs of its queries: the one spelling the route handlers, the
// SWR hooks, the preloads and the proxy share. Client code imports this file, so it stays tiny:
// no zod (the query type below is a type-only import, erased at build).
import type { EventsQuery } from './queries';

/** Every API endpoint's path (those with a path parameter: `eventPath`, `flowPath`). */
export const API_PATHS = {
  places: '/api/places',
  placeCounts: '/api/places/counts',
  events: '/api/events',
  /** Events per day, week, month or year over a span: the timeline's histogram. */
  histogram: '/api/histogram',
  control: '/api/control',
  controlChanges: '/api/control/changes',
  flows: '/api/flows',
  itineraries: '/api/itineraries',
  oembed: '/api/oembed',
  /** The data's version, span and source credits: what a page needs to follow the data as it changes. */
  situation: '/api/situation',
  /** Server-Sent Events: a `changeNotice` (lib/contract/wire.ts) whenever the data changes. */
  changes: '/api/changes',
  // Issue 15: exports and the API's own description.
  /** Every event matching a filter, as GeoJSON, CSV or CSV with HXL hashtags (streamed). */
  export: '/api/export',
  /** This API described in OpenAPI 3.1, made from the contract's zod schemas. */
  openapi: '/api/openapi.json',
  /** A readable page of that description. */
  docs: '/api/docs',
} as const;

export type ApiPath = (typeof API_PATHS)[keyof typeof API_PATHS];

/** What every API path starts with (any other path under it is a JSON 404). */
export const API_PREFIX = '/api/';

type QueryValue = string | number | undefined;

/**
 * A path with its query, parameters in the order given, undefined ones left out, and no `?` when
 * none is left. Values are encoded with encodeURIComponent: for the ids, dates, numbers and words
 * the hooks send this is the same as URLSearchParams, so the preloads and hooks agree byte for byte.
 */
function withQuery(path: string, params: [string, QueryValue][]): string {
  const query = params.flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${encodeURIComponent(v)}`])).join('&');
  return query ? `${path}?${query}` : path;
}

/** GET /api/events/{id}: one event. */
export const eventPath = (id: string) => `${API_PATHS.events}/${encodeURIComponent(id)}`;

/** GET /api/flows/{id}: one flow, each year of its series sourced. */
export const flowPath = (id: string) => `${API_PATHS.flows}/${encodeURIComponent(id)}`;

/** A bbox coordinate as a plain decimal, exactly (the API refuses "1e-7"; String(n) writes it so). */
function plainDecimal(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, first, rest = '', exponent] = m;
  const digits = first + rest;
  const e = Number(exponent);
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  return digits.length > e + 1 ? `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}` : `${sign}${digits.padEnd(e + 1, '0')}`;
}

/**
 * GET /api/events: one page of events. Parameters go in a fixed order (place, from, to, category,
 * bbox, order, limit, offset) whatever the order of the object's keys, so one query has one URL
 * (one cache entry, one kept answer on the server).
 */
export function eventsUrl(query: EventsQuery = {}): string {
  const { place, from, to, category, bbox, order, limit, offset } = query;
  return withQuery(API_PATHS.events, [
    ['place', place],
    ['from', from],
    ['to', to],
    ['category', category],
    ['bbox', bbox?.map(plainDecimal).join(',')],
    ['order', order],
    ['limit', limit],
    ['offset', offset],
  ]);
}

/** GET /api/places/counts: events per place in an inclusive span. */
export const placeCountsUrl = ({ from, to }: { from?: string; to?: string } = {}) =>
  withQuery(API_PATHS.placeCounts, [
    ['from', from],
    ['to', to],
  ]);

/** GET /api/histogram: events per bucket over a span (default: the data's whole span, in the unit that suits it). */
export const histogramUrl = ({ from, to, unit, category }: { from?: string; to?: string; unit?: 'day' | 'week' | 'month' | 'year'; category?: EventsQuery['category'] } = {}) =>
  withQuery(API_PATHS.histogram, [
    ['from', from],
    ['to', to],
    ['unit', unit],
    ['category', category],
  ]);

/** GET /api/control: the control areas in force on a day (default: the data's last day). */
export const controlUrl = (date?: string) => withQuery(API_PATHS.control, [['date', date]]);

/** GET /api/control/changes: the areas that changed hands in an inclusive span. */
export const controlChangesUrl = ({ from, to }: { from?: string; to?: string } = {}) =>
  withQuery(API_PATHS.controlChanges, [
    ['from', from],
    ['to', to],
  ]);

/** GET /api/oembed: the oEmbed answer for a page or embed URL of this site. */
export const oembedUrl = ({ url, maxwidth, maxheight, format }: { url: string; maxwidth?: number; maxheight?: number; format?: 'json' }) =>
  withQuery(API_PATHS.oembed, [
    ['url', url],
    ['maxwidth', maxwidth],
    ['maxheight', maxheight],
    ['format', format],
  ]);

/** GET /api/export: the events matching a filter in one file, parameters in a fixed order. */
export const exportUrl = ({ format, place, from, to, category, bbox }: Omit<EventsQuery, 'limit' | 'offset' | 'order'> & { format: 'geojson' | 'csv' | 'hxl' }) =>
  withQuery(API_PATHS.export, [
    ['format', format],
    ['place', place],
    ['from', from],
    ['to', to],
    ['category', category],
    ['bbox', bbox?.map(plainDecimal).join(',')],
  ]);
