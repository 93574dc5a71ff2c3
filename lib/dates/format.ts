import type { DatePrecision } from '@/lib/schemas/common';

const formats = new Map<string, Intl.DateTimeFormat>();
/** A cached formatter for a locale and options key. */
function formatter(locale: string, kind: 'day' | 'short' | 'month'): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day'
        ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
        : kind === 'short'
          ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
          : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** A date as a reader should see it, no more exact than it is known ("Week of 25 Nov 2024"), in a locale. */
export function formatPeriod(date: string, precision: DatePrecision, end: string, locale = 'en-GB'): string {
  switch (precision) {
    case 'day':
      return formatter(locale, 'day').format(utc(date));
    case 'week':
      return `${formatter(locale, 'short').format(utc(date))} – ${formatter(locale, 'short').format(utc(end))}`;
    case 'month':
      return formatter(locale, 'month').format(utc(date));
    case 'year':
      return new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(utc(date));
    case 'span':
      return `${formatter(locale, 'short').format(utc(date))} – ${formatter(locale, 'short').format(utc(end))}`;
  }
}

/** One day, short: "3 Dec 2024". */
export const formatShortDay = (date: string, locale = 'en-GB') => formatter(locale, 'short').format(utc(date));

/** The ISO 8601 week of a day, as HTML's datetime wants it: "2024-W48". */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - (3 - ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * A `<time datetime>` value no more exact than the date is known: a day, a week, a month or a year;
 * for a span (which HTML cannot write), the month or year that holds all of it, given its `end`.
 */
export function htmlDateTime(date: string, precision: DatePrecision, end = date): string {
  switch (precision) {
    case 'day':
      return date;
    case 'week':
      return isoWeek(date);
    case 'month':
      return date.slice(0, 7);
    case 'year':
      return date.slice(0, 4);
    case 'span':
      return date.slice(0, 7) === end.slice(0, 7) ? date.slice(0, 7) : date.slice(0, 4);
  }
}
