import type { DatePrecision } from '@/lib/schemas/common';

const DAY_MS = 86_400_000;

/** Adds whole days to a YYYY-MM-DD date (UTC, no time zones involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last day of the period that starts on `date` and spans one unit of `precision`. */
export function periodEnd(date: string, precision: DatePrecision): string {
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
  }
}

/** Whether the period [start, end] overlaps the inclusive span [from, to] (either end open). */
export function overlaps(start: string, end: string, from?: string, to?: string): boolean {
  return (from === undefined || end >= from) && (to === undefined || start <= to);
}
