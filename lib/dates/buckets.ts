import { addDays, daysBetween } from './period';

/** The histogram's and the timeline's steps, finest first. */
export const BUCKET_UNITS = ['day', 'week', 'month', 'year'] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

/** The fewest and most bars the timeline aims for; the unit is chosen to land in between when it can. */
export const BARS_WANTED = { min: 20, max: 120 } as const;

/** The first day of the bucket of `unit` holding `date`: the day, its ISO week's Monday, its month's first, its year's first. */
export function bucketStart(date: string, unit: BucketUnit): string {
  switch (unit) {
    case 'day':
      return date;
    case 'week':
      return addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
    case 'month':
      return `${date.slice(0, 7)}-01`;
    case 'year':
      return `${date.slice(0, 4)}-01-01`;
  }
}

/** The first day of the bucket after the one starting on `start`. */
export function nextBucket(start: string, unit: BucketUnit): string {
  const [y, m] = start.split('-').map(Number);
  switch (unit) {
    case 'day':
      return addDays(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'month':
      return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    case 'year':
      return `${String(y + 1).padStart(4, '0')}-01-01`;
  }
}

/** The last day of the bucket starting on `start`. */
export const bucketEnd = (start: string, unit: BucketUnit) => addDays(nextBucket(start, unit), -1);

/** How many buckets of `unit` the inclusive span [from, to] touches. */
export function bucketCount(from: string, to: string, unit: BucketUnit): number {
  const a = bucketStart(from, unit);
  const b = bucketStart(to, unit);
  switch (unit) {
    case 'day':
      return daysBetween(a, b) + 1;
    case 'week':
      return daysBetween(a, b) / 7 + 1;
    case 'month':
      return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7)) + 1;
    case 'year':
      return Number(b.slice(0, 4)) - Number(a.slice(0, 4)) + 1;
  }
}

/** The first days of the buckets of `unit` that the inclusive span [from, to] touches, in order. */
export function bucketStarts(from: string, to: string, unit: BucketUnit): string[] {
  const starts: string[] = [];
  for (let s = bucketStart(from, unit); s <= to; s = nextBucket(s, unit)) starts.push(s);
  return starts;
}

/**
 * The unit whose bars suit a span: the finest giving at most 120 bars, unless that gives fewer
 * than 20 and the next finer gives at most 160 (twelve years read better as 144 months than 12 years).
 */
export function chooseBucket(from: string, to: string): BucketUnit {
  const i = BUCKET_UNITS.findIndex((u) => bucketCount(from, to, u) <= BARS_WANTED.max);
  const unit = BUCKET_UNITS[i === -1 ? BUCKET_UNITS.length - 1 : i];
  if (i > 0 && bucketCount(from, to, unit) < BARS_WANTED.min && bucketCount(from, to, BUCKET_UNITS[i - 1]) <= 160) return BUCKET_UNITS[i - 1];
  return unit;
}

/** The index, among the buckets of `unit` from the one holding `first`, of the bucket holding `date`. */
export const bucketIndex = (first: string, date: string, unit: BucketUnit) => bucketCount(first, date, unit) - 1;
