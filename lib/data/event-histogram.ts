import { badParam } from '@/lib/api/api-error';
import { MAX_HISTOGRAM_BUCKETS, type HistogramQuery } from '@/lib/contract/queries';
import { bucketCount, chooseBucket } from '@/lib/dates/buckets';
import type { Store } from '@/lib/store';
import type { Histogram } from '@/lib/store/histogram';

/**
 * Events per bucket for the timeline's histogram: over the asked span (each end defaults to the
 * data's), in the asked unit or the one that suits the span (lib/dates/buckets.ts chooseBucket).
 */
export async function eventHistogram(store: Store, q: HistogramQuery): Promise<Histogram> {
  if (q.place && !(await store.situation()).placeById.has(q.place)) throw badParam('place', `place: no place has the id "${q.place}"`);
  const span = q.from && q.to ? undefined : await store.span();
  const from = q.from ?? span!.start;
  const to = q.to ?? span!.end;
  if (from > to) throw badParam(q.from ? 'from' : 'to', `${q.from ? 'from' : 'to'}: the span would end before it starts (the data runs ${span!.start} to ${span!.end})`);
  const unit = q.unit ?? chooseBucket(from, to);
  if (bucketCount(from, to, unit) > MAX_HISTOGRAM_BUCKETS) throw badParam('unit', `unit: ${unit}s from ${from} to ${to} would be more than ${MAX_HISTOGRAM_BUCKETS} buckets; ask for a longer unit or a shorter span`);
  return store.histogram({ place: q.place, category: q.category, bbox: q.bbox }, unit, from, to);
}
