import type { DatePrecision } from '@/lib/schemas/common';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
});
const shortFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** A date as a reader should see it, no more exact than it is known ("Week of 25 Nov 2024"). */
export function formatPeriod(date: string, precision: DatePrecision, end: string): string {
  switch (precision) {
    case 'day':
      return dayFormat.format(utc(date));
    case 'week':
      return `${shortFormat.format(utc(date))} – ${shortFormat.format(utc(end))}`;
    case 'month':
      return monthFormat.format(utc(date));
    case 'year':
      return date.slice(0, 4);
  }
}
