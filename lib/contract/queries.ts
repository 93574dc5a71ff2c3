// The query parameters each endpoint takes, parsed and checked (lib/api/parse-query.ts turns a
// failure into a 400 that names the parameter). Server side: the routes import these.
import { z } from 'zod';
import { isoDate, slugId } from '@/lib/schemas/common';
import { eventCategory } from './wire';

const coordinate = (min: number, max: number) => z.number().finite().min(min).max(max);

/** "minLon,minLat,maxLon,maxLat" in WGS84 degrees; minLon may exceed maxLon across the antimeridian. */
export const bbox = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(',');
    // Plain decimals only: Number() would also take "0x10", " 5" and "1e3".
    const numbers = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
    if (parts.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: 'must be four numbers: minLon,minLat,maxLon,maxLat' });
      return z.NEVER;
    }
    return numbers as [number, number, number, number];
  })
  .pipe(z.tuple([coordinate(-180, 180), coordinate(-90, 90), coordinate(-180, 180), coordinate(-90, 90)]))
  .refine(([, minLat, , maxLat]) => minLat <= maxLat, 'minLat must not exceed maxLat');
export type Bbox = z.infer<typeof bbox>;

/** A whole number written in plain digits, within [min, max]. */
const wholeNumber = (min: number, max: number) =>
  z.string().regex(/^\d{1,9}$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

/** The most events one answer carries: a client that asks for one city never gets a war's worth. */
export const MAX_EVENTS_LIMIT = 1000;
/**
 * A page when none is asked for: 100 events is about 120 kB of GeoJSON (a phone on a slow line
 * still gets it in a second or two); the map's own panel asks for 50. Ask up to 1,000 with `limit`.
 */
export const DEFAULT_EVENTS_LIMIT = 100;

/** GET /api/events query. Unknown parameters are refused so a typo never silently widens a query. */
export const eventsQuery = z
  .strictObject({
    place: slugId.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    category: eventCategory.optional(),
    bbox: bbox.optional(),
    /** Page size, 1 to 1,000 (default 500). */
    limit: wholeNumber(1, MAX_EVENTS_LIMIT).optional(),
    /** How many matching events to skip. */
    offset: wholeNumber(0, 100_000_000).optional(),
    /** `asc` (oldest first, the default) or `desc` (newest first). */
    order: z.enum(['asc', 'desc']).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });
export type EventsQuery = z.infer<typeof eventsQuery>;

/** An event id in a path: a slug of sensible length (anything else cannot name an event). */
export const eventId = slugId.max(100);

/** A flow id in a path, likewise. */
export const flowId = slugId.max(100);

/** GET /api/places/counts: events per place overlapping an inclusive span (default: all time). */
export const placeCountsQuery = z
  .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });

/** The most bars one histogram answer carries (a day's bars over fourteen years). */
export const MAX_HISTOGRAM_BUCKETS = 5000;

/** GET /api/histogram: a span (default: the data's), a unit (default: the one giving about 20 to 120 bars) and the events filters. */
export const histogramQuery = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    unit: z.enum(['day', 'week', 'month', 'year']).optional(),
    place: slugId.optional(),
    category: eventCategory.optional(),
    bbox: bbox.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });
export type HistogramQuery = z.infer<typeof histogramQuery>;

/** Endpoints that take no query parameters (GET /api/places, GET /api/events/{id}, /api/flows, /api/itineraries). */
export const noQuery = z.strictObject({});

/** GET /api/control: the day to show (default: the last day of the data). */
export const controlQuery = z.strictObject({ date: isoDate.optional() });

/** GET /api/control/changes: an inclusive span (default: the whole timeline). */
export const controlChangesQuery = z
  .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });

const size = z.string().regex(/^\d{1,5}$/, 'must be a whole number of pixels').transform(Number).pipe(z.number().min(100, 'must be at least 100'));

/** GET /api/oembed query (oEmbed 1.0). Consumers add their own parameters (WordPress sends dnt=1): those are ignored. */
export const oembedQuery = z.object({
  url: z.url({ protocol: /^https?$/ }),
  maxwidth: size.optional(),
  maxheight: size.optional(),
  format: z.string().optional(),
});
export type OembedQuery = z.infer<typeof oembedQuery>;

/** GET /preview: the link preview of the map, or of one place's view. */
export const previewQuery = z.strictObject({ place: slugId.optional() });

/** GET /api/changes: the version to resume after (the Last-Event-ID header does the same). */
export const changesQuery = z.strictObject({ since: z.string().regex(/^\d{1,15}$/, 'must be a version number').optional() });

// ---------------------------------------------------------------------------------------------
// Exports and the API's description (issue 15)

/** The formats GET /api/export writes: GeoJSON, CSV, and CSV with an HXL hashtag row under its header. */
export const exportFormat = z.enum(['geojson', 'csv', 'hxl']);
export type ExportFormat = z.infer<typeof exportFormat>;

/** GET /api/export: every event matching the filter (as GET /api/events takes it, without paging), in one file. */
export const exportQuery = z
  .strictObject({
    format: exportFormat,
    place: slugId.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    category: eventCategory.optional(),
    bbox: bbox.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });
export type ExportQuery = z.infer<typeof exportQuery>;
