import type { DatePrecision } from '@/lib/schemas/common';

const DAY_MS = 86_400_000;

/** Adds whole days to a YYYY-MM-DD date (UTC, no time zones involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The last day of the period that starts on `date` and spans one unit of `precision`; for a
 * `span`, the `until` day it ends on (required then).
 */
export function periodEnd(date: string, precision: DatePrecision, until?: string): string {
  const [y, m] = date.split('-').map(Number);
  switch (precision) {
    case 'day':
      return date;
    case 'week':
      return addDays(date, 6);
    case 'month':
      return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    case 'year':
      return `${y}-12-31`;
    case 'span':
      if (until === undefined) throw new Error(`a span from ${date} needs its last day`);
      return until;
  }
}

/** Whether the period [start, end] overlaps the inclusive span [from, to] (either end open). */
export function overlaps(start: string, end: string, from?: string, to?: string): boolean {
  return (from === undefined || end >= from) && (to === undefined || start <= to);
}

/**
 * The calendar unit a period [start, end] is exactly, or `span` when it is none: the same day, 7
 * days from its first (a week, as `week` is counted here), a whole month, or a whole year.
 */
export function precisionOf(start: string, end: string): DatePrecision {
  if (start === end) return 'day';
  if (addDays(start, 6) === end) return 'week';
  if (start.endsWith('-01') && periodEnd(start, 'month') === end) return 'month';
  if (start.endsWith('-01-01') && periodEnd(start, 'year') === end) return 'year';
  return 'span';
}

/** Days from `start` to `end` (end − start: 0 for the same day). */
export const daysBetween = (start: string, end: string) => Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS);
