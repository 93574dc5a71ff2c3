import { z } from 'zod';
import { claimCorrection, datePrecision, httpUrl, isoDate, slugId } from './common';
import { citation } from './source';

export const eventCategories = ['military', 'diplomatic', 'humanitarian', 'political'] as const;
export const eventCategory = z.enum(eventCategories);
export type EventCategory = z.infer<typeof eventCategory>;

/** `reported`: the source says it happened; `expected`: announced, not yet happened. */
export const eventStatus = z.enum(['reported', 'expected']);
export type EventStatus = z.infer<typeof eventStatus>;

/**
 * How exactly the source places the event, as UCDP's where_prec and ACLED's geo_precision say:
 * `exact` at the place; `near` it (within about 25 km, or a part of a region near a town); only
 * within a `district`, `province` or larger `region`, or only the `country`; or at sea or in the air
 * (`water`). The words for the reader are in `placeNote`.
 */
export const locationPrecisions = ['exact', 'near', 'district', 'province', 'region', 'country', 'water'] as const;
export const locationPrecision = z.enum(locationPrecisions);
export type LocationPrecision = z.infer<typeof locationPrecision>;

const deaths = z.number().int().min(0);

/** Deaths as the dataset states them: UCDP's low, best and high estimates; ACLED's one figure (as `best`). */
export const fatalities = z
  .strictObject({ low: deaths.optional(), best: deaths.optional(), high: deaths.optional() })
  .refine((f) => f.low !== undefined || f.best !== undefined || f.high !== undefined, 'needs at least one figure');
export type Fatalities = z.infer<typeof fatalities>;

/** Where an imported event comes from in its dataset: the dataset's own type, row id and citation. */
export const datasetRef = z.strictObject({
  /** The dataset, without its version (that is the source's): "UCDP GED", "ACLED". */
  name: z.string().min(1),
  /** The dataset's own type and sub-type of the event ("Battles", "Armed clash"; UCDP's type of violence). */
  type: z.string().min(1).optional(),
  subType: z.string().min(1).optional(),
  /** The row's id in the dataset (UCDP `id`, ACLED `event_id_cnty`): what a re-import matches on. */
  rowId: z.string().min(1),
  /** The dataset's own citation of its sources, as it writes it (UCDP source_office or source_article, ACLED source). */
  citation: z.string().min(1).optional(),
  /** A link the row gives to its own source, when it gives one. */
  citationUrl: httpUrl.optional(),
});
export type DatasetRef = z.infer<typeof datasetRef>;

/** A correction of a published event, shown to readers: the day it was made and what was wrong ("the date was 1 Dec, not 30 Nov"). */
export const eventCorrection = claimCorrection;
export type EventCorrection = z.infer<typeof eventCorrection>;

/** The title and summary translated (into Arabic) at the desk: shown marked as a translation; quotes stay in their language. */
export const eventTranslation = z.strictObject({ lang: z.literal('ar'), title: z.string().min(1).max(120), summary: z.string().min(1).max(600) });

/** One event as written in data/events.json. */
export const eventRecord = z
  .strictObject({
    id: slugId,
    date: isoDate,
    datePrecision,
    /** The last day of a `span` (and only of a span): the date stands for date..dateUntil. */
    dateUntil: isoDate.optional(),
    /** The source's own words for the date, verbatim ("on Saturday", "Last week"). */
    dateText: z.string().min(1),
    /** How the date was resolved from those words. */
    dateNote: z.string().min(1).optional(),
    placeId: slugId,
    placeNote: z.string().optional(),
    locationPrecision: locationPrecision.optional(),
    category: eventCategory,
    actors: z.array(slugId),
    status: eventStatus,
    title: z.string().min(1).max(80),
    summary: z.string().min(1).max(400),
    fatalities: fatalities.optional(),
    dataset: datasetRef.optional(),
    sources: z.array(citation).min(1, 'an event needs at least one source'),
    /** Corrections made after it was published, oldest first. */
    corrections: z.array(eventCorrection).optional(),
    translation: eventTranslation.optional(),
  })
  .refine((e) => (e.datePrecision === 'span') === (e.dateUntil !== undefined), {
    message: 'a span needs its last day in dateUntil, and only a span has one',
    path: ['dateUntil'],
  })
  .refine((e) => e.dateUntil === undefined || (e.dateUntil > e.date && Date.parse(e.dateUntil) - Date.parse(e.date) <= 366 * 86_400_000), {
    message: 'must be after date and at most 366 days after it',
    path: ['dateUntil'],
  });
export type EventRecord = z.infer<typeof eventRecord>;
