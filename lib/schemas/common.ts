import { z } from 'zod';
import { isCalendarDate, ISO_DATE_PATTERN, SLUG_PATTERN } from './formats';

/** A calendar date written YYYY-MM-DD that exists (no 2024-02-30). */
export const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a calendar date');

/** A correction made after a claim was published: the day, and what was wrong, for readers ("the date was 1 Dec, not 30 Nov"). */
export const claimCorrection = z.strictObject({ date: isoDate, note: z.string().trim().min(1, 'a correction needs a note for readers').max(300) });

/** A stable identifier: lower-case words joined by hyphens. */
export const slugId = z
  .string()
  .regex(SLUG_PATTERN, 'must be lower-case words joined by hyphens');

/** A WGS84 position as [longitude, latitude]. */
export const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** An ISO 3166-1 alpha-2 country code. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

/** An http(s) URL. */
export const httpUrl = z.url({ protocol: /^https?$/ });

/** How long a period a date stands for, in calendar units: the `date` field is its first day. */
export const unitPrecision = z.enum(['day', 'week', 'month', 'year']);
export type UnitPrecision = z.infer<typeof unitPrecision>;

/**
 * How exactly an event's date is known: a calendar unit, or `span`, a run of days that is none of
 * them (UCDP's "within 2–6 days", or a range of dates a dataset gives), which ends on `dateUntil`.
 */
export const datePrecision = z.enum(['day', 'week', 'month', 'year', 'span']);
export type DatePrecision = z.infer<typeof datePrecision>;
