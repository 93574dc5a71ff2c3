import { z } from 'zod';

/** A calendar date written YYYY-MM-DD that exists (no 2024-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a calendar date');

// A dataset of a million events names a few thousand days: each is checked once.
const calendarDays = new Map<string, boolean>();

/** Whether YYYY-MM-DD names a day that exists; never throws. */
function isCalendarDate(s: string): boolean {
  let known = calendarDays.get(s);
  if (known === undefined) {
    const time = Date.parse(`${s}T00:00:00Z`);
    known = Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === s;
    if (calendarDays.size < 100_000) calendarDays.set(s, known);
  }
  return known;
}

/** A stable identifier: lower-case words joined by hyphens. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

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
