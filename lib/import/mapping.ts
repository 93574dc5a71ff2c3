import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { datePrecision, httpUrl, isoDate } from '@/lib/schemas/common';
import { controlStatuses } from '@/lib/schemas/control';
import { eventCategory, locationPrecision } from '@/lib/schemas/event';
import { placeKinds } from '@/lib/schemas/place';
import { actorRecord } from '@/lib/schemas/actor';
import { ImportError } from './errors';

const column = z.string().min(1);
const dateFormat = z.enum(['yyyy-mm-dd', 'dd/mm/yyyy', 'mm/dd/yyyy', 'd month yyyy']);

/** What a mapping file may say about the source (the dataset release) an import makes: each field overrides the format's own. */
export const sourceMapping = z
  .strictObject({
    dataset: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    version: z.string().min(1).optional(),
    url: httpUrl.optional(),
    licence: z.strictObject({ name: z.string().min(1), url: httpUrl.optional() }).optional(),
    attribution: z.string().min(1).optional(),
    redistributable: z.boolean().optional(),
    published: isoDate.optional(),
    retrieved: isoDate.optional(),
    language: z.string().regex(/^[a-z]{2}$/).optional(),
    note: z.string().min(1).optional(),
  })
  .optional();
export type SourceMapping = z.infer<typeof sourceMapping>;

const actorKind = actorRecord.shape.kind;

/**
 * A mapping for any CSV of events (the `csv` format): which column holds what, fixed values for
 * what the file does not say, a table from the file's types to the map's categories, and the
 * source. The named formats (ucdp-ged, acled) are presets of the same path.
 */
export const csvMapping = z.strictObject({
  /** The dataset's name, on each event and in its id ("Airwars Syria" → airwars-syria-<id>). */
  dataset: z.string().min(1),
  columns: z.strictObject({
    id: column,
    date: column,
    dateFormat: dateFormat.optional(),
    /** The last day, when rows give a range (the date is then the first). */
    dateEnd: column.optional(),
    place: column,
    latitude: column,
    longitude: column,
    /** The row's words for the event: its quote. */
    description: column,
    sourceUrl: column.optional(),
    country: column.optional(),
    title: column.optional(),
    category: column.optional(),
    type: column.optional(),
    subType: column.optional(),
    actors: z.array(column).optional(),
    fatalities: column.optional(),
    citation: column.optional(),
  }),
  fixed: z
    .strictObject({
      category: eventCategory.optional(),
      country: z.string().min(2).optional(),
      datePrecision: datePrecision.exclude(['span']).optional(),
      locationPrecision: locationPrecision.optional(),
      placeKind: z.enum(placeKinds).optional(),
      actors: z.array(z.strictObject({ name: z.string().min(1), kind: actorKind })).optional(),
      actorKind: actorKind.optional(),
    })
    .optional(),
  /** The file's types (in the `category` column) to the map's categories. */
  categories: z.record(z.string(), eventCategory).optional(),
  source: sourceMapping,
});
export type CsvMapping = z.infer<typeof csvMapping>;

/** A mapping for GeoJSON control areas: which feature property means what, and fixed values for the rest. */
export const geojsonMapping = z.strictObject({
  dataset: z.string().min(1),
  properties: z.strictObject({
    /** The area's own id; the feature's `id` when absent. */
    id: column.optional(),
    name: column,
    holder: column,
    date: column,
    dateFormat: dateFormat.optional(),
    /** The words the claim rests on: its quote. */
    quote: column,
    status: column.optional(),
    extent: column.optional(),
    country: column.optional(),
  }),
  fixed: z
    .strictObject({
      status: z.enum(controlStatuses).optional(),
      extent: z.string().min(1).optional(),
      country: z.string().min(2).optional(),
      datePrecision: datePrecision.exclude(['span']).optional(),
      geometryPrecision: z.enum(['approximate outline', 'front line', 'administrative boundary']).optional(),
      geometryNote: z.string().min(1).optional(),
      holderKind: actorKind.optional(),
    })
    .optional(),
  /** Holder values to actors: a name and kind for each (the value itself, as an armed group, otherwise). */
  holders: z.record(z.string(), z.strictObject({ name: z.string().min(1), kind: actorKind.optional() })).optional(),
  source: sourceMapping,
});
export type GeojsonMapping = z.infer<typeof geojsonMapping>;

/** A mapping for the named formats: only the source may be overridden. */
export const presetMapping = z.strictObject({ source: sourceMapping });

/** Reads a mapping file with its schema, or throws an ImportError naming the file, the field and the reason. */
export function readMapping<T>(file: string, schema: z.ZodType<T>): T {
  const name = path.basename(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ImportError(name, 'file', err.code ? `cannot be read (${err.code})` : `is not valid JSON (${err.message})`);
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ImportError(name, issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[') || 'file', issue.message);
}
