import { bucketEnd, bucketStart, bucketStarts, type BucketUnit } from '@/lib/dates/buckets';

/** Events per bucket over a span: every bucket the span touches, in order, empty ones with 0. */
export type Histogram = { unit: BucketUnit; from: string; to: string; total: number; buckets: { start: string; end: string; count: number }[] };

/** Sums counts per first day into the buckets of `unit` over [from, to]. */
export function histogramOf(days: { day: string; count: number }[], unit: BucketUnit, from: string, to: string): Histogram {
  const starts = bucketStarts(from, to, unit);
  const index = new Map(starts.map((s, i) => [s, i]));
  const counts = new Array<number>(starts.length).fill(0);
  let total = 0;
  for (const { day, count } of days) {
    const i = index.get(bucketStart(day, unit));
    if (i === undefined) continue;
    counts[i] += count;
    total += count;
  }
  return { unit, from, to, total, buckets: starts.map((start, i) => ({ start, end: bucketEnd(start, unit), count: counts[i] })) };
}
