// The formats of identifiers and dates, as plain checks: the browser's code reads URL parameters
// and embed messages with these, without loading zod (lib/schemas/common.ts builds on them).

/** A date written YYYY-MM-DD. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// A dataset of a million events names a few thousand days: each is checked once.
const calendarDays = new Map<string, boolean>();

/** Whether YYYY-MM-DD names a day that exists; never throws. */
export function isCalendarDate(s: string): boolean {
  let known = calendarDays.get(s);
  if (known === undefined) {
    const time = Date.parse(`${s}T00:00:00Z`);
    known = Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === s;
    if (calendarDays.size < 100_000) calendarDays.set(s, known);
  }
  return known;
}

/** Whether a value is a calendar date written YYYY-MM-DD (no 2024-02-30). */
export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && ISO_DATE_PATTERN.test(value) && isCalendarDate(value);
/** Whether a value is a stable identifier: lower-case words joined by hyphens. */
export const isSlugId = (value: unknown): value is string => typeof value === 'string' && SLUG_PATTERN.test(value);
