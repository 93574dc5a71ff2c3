import type { DatePrecision } from '@/lib/schemas/common';

export type DayKind = 'day' | 'short' | 'month' | 'year' | 'dayMonth';
/** What each kind of date shows, as Intl's options (British English is written out to match them). */
export const DAY_FORMATS: Record<DayKind, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
};

const formats = new Map<string, Intl.DateTimeFormat>();
/**
 * A cached formatter for a locale and kind, in the browser's own time zone: a formatter for
 * timeZone 'UTC' would make the browser load its time zone data first (about 40 ms of a phone's
 * main thread while the page starts), and a calendar day needs no zone (see `noon`).
 */
function formatter(locale: string, kind: DayKind): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, DAY_FORMATS[kind]);
    formats.set(key, f);
  }
  return f;
}

/** A calendar day's year, month (0 to 11) and day. */
const partsOf = (date: string) => [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))] as const;

/** A calendar day (YYYY-MM-DD) as noon of that day where the browser is: no time zone's offset or clock change moves noon to another day. */
const noon = (date: string) => new Date(...partsOf(date), 12);

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * British English written out here, as Intl writes it (format.test.ts compares every day of a
 * year): the first Intl date formatter a page makes loads the locale's calendar data, tens of
 * milliseconds of a phone's main thread while the map is starting, and most readers read English.
 */
function englishDay(date: string, kind: DayKind): string {
  const [year, month, day] = partsOf(date);
  switch (kind) {
    case 'day':
      return `${EN_WEEKDAYS[new Date(Date.UTC(year, month, day)).getUTCDay()]}, ${day} ${EN_MONTHS_SHORT[month]} ${year}`;
    case 'short':
      return `${day} ${EN_MONTHS_SHORT[month]} ${year}`;
    case 'month':
      return `${EN_MONTHS[month]} ${year}`;
    case 'year':
      return String(year);
    case 'dayMonth':
      return `${day} ${EN_MONTHS_SHORT[month]}`;
  }
}

/** A calendar day (YYYY-MM-DD) formatted as `kind` in a locale. */
export const formatDay = (date: string, kind: DayKind, locale = 'en-GB') => (locale === 'en-GB' ? englishDay(date, kind) : formatter(locale, kind).format(noon(date)));

/** A date as a reader should see it, no more exact than it is known ("Week of 25 Nov 2024"), in a locale. */
export function formatPeriod(date: string, precision: DatePrecision, end: string, locale = 'en-GB'): string {
  switch (precision) {
    case 'day':
      return formatDay(date, 'day', locale);
    case 'week':
      return `${formatDay(date, 'short', locale)} – ${formatDay(end, 'short', locale)}`;
    case 'month':
      return formatDay(date, 'month', locale);
    case 'year':
      return formatDay(date, 'year', locale);
    case 'span':
      return `${formatDay(date, 'short', locale)} – ${formatDay(end, 'short', locale)}`;
  }
}

/** One day, short: "3 Dec 2024". */
export const formatShortDay = (date: string, locale = 'en-GB') => formatDay(date, 'short', locale);

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
