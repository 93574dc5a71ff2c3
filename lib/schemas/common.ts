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

/** How exactly a date is known: the `date` field is the first day of the period. */
export const datePrecision = z.enum(['day', 'week', 'month', 'year']);
export type DatePrecision = z.infer<typeof datePrecision>;
