import { z } from 'zod';
import { claimCorrection, countryCode, slugId } from './common';
import { datedAs } from './control';
import { citation } from './source';

/** A country the data refers to as a whole; its anchor point is computed from Natural Earth. */
export const countryRecord = z.strictObject({
  code: countryCode,
  name: z.string().min(1),
  /** The country's id in Natural Earth (ISO 3166-1 numeric, as world-atlas writes it). */
  naturalEarthId: z.string().regex(/^\d{3}$/),
});
export type CountryRecord = z.infer<typeof countryRecord>;

/** One end of a flow: a whole country or a place. */
export const flowEnd = z.union([z.strictObject({ country: countryCode }), z.strictObject({ placeId: slugId })]);
export type FlowEnd = z.infer<typeof flowEnd>;

/** One year of a flow's series: the figure at the end of the year, its words and its quote. */
export const seriesPoint = z.strictObject({
  year: z.number().int().min(1900).max(2200),
  value: z.number().int().min(0),
  /** The source's own words for the figure, verbatim; they stand in the quote. */
  text: z.string().min(1),
  source: citation,
});
export type SeriesPoint = z.infer<typeof seriesPoint>;

/** People moving (or having moved) from one country or place to another, with a sourced magnitude. */
export const flowRecord = z.strictObject({
  id: slugId,
  kind: z.enum(['refugees', 'internally-displaced', 'migrants']),
  origin: flowEnd,
  destination: flowEnd,
  magnitude: z.strictObject({
    value: z.number().int().positive(),
    unit: z.enum(['people', 'households']),
    /** How the source bounds the figure: "up to 3.2 million" is an upper bound, never a count. */
    qualifier: z.enum(['exactly', 'about', 'up to', 'at least', 'more than']),
    /** The source's own words for the figure, verbatim. */
    text: z.string().min(1),
  }),
  asOf: datedAs,
  /** The label on the map, in our words, keeping the qualifier and the credit. */
  label: z.string().min(1).max(90),
  sources: z.array(citation).min(1, 'a flow needs at least one source'),
  /**
   * The figure year by year, when the source gives a series (UNHCR: people at the end of each
   * year), oldest first; each value with its words and the quote they stand in.
   */
  series: z.array(seriesPoint).min(1).optional(),
  /** Corrections made at the desk after it was published, oldest first; readers see them on its card. */
  corrections: z.array(claimCorrection).optional(),
});
export type FlowRecord = z.infer<typeof flowRecord>;

/** A person's trip: numbered stops at places, each tied to the events there (the first one is the arrival). */
export const itineraryRecord = z.strictObject({
  id: slugId,
  person: slugId,
  title: z.string().min(1),
  stops: z.array(z.strictObject({ placeId: slugId, eventIds: z.array(slugId).min(1) })).min(2, 'an itinerary needs at least two stops'),
  /** Corrections made at the desk after it was published, oldest first; readers see them with its stops. */
  corrections: z.array(claimCorrection).optional(),
});
export type ItineraryRecord = z.infer<typeof itineraryRecord>;
