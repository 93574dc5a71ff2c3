import { describe, expect, it } from 'vitest';
import { bucketCount, bucketEnd, bucketStart, bucketStarts, chooseBucket, nextBucket } from './buckets';

describe('chooseBucket', () => {
  it('gives days for a week of data', () => expect(chooseBucket('2024-11-25', '2024-12-02')).toBe('day'));
  it('gives days up to 120 days (160 while weeks would be under 20 bars), then weeks', () => {
    expect(chooseBucket('2024-01-01', '2024-04-29')).toBe('day'); // 120 days
    expect(chooseBucket('2024-01-01', '2024-04-30')).toBe('day'); // 121 days, 18 weeks
    expect(chooseBucket('2024-01-01', '2024-06-30')).toBe('week'); // 182 days, 27 weeks
  });
  it('gives weeks for a year or two, months beyond', () => {
    expect(chooseBucket('2023-01-01', '2024-12-31')).toBe('week');
    expect(chooseBucket('2020-01-01', '2024-12-31')).toBe('month');
  });
  it("keeps months for UCDP's Syria rows (2011-2022): 144 bars rather than 12", () => {
    expect(chooseBucket('2011-01-01', '2022-12-31')).toBe('month');
    expect(bucketCount('2011-01-01', '2022-12-31', 'month')).toBe(144);
  });
  it('gives years for decades', () => expect(chooseBucket('1990-01-01', '2024-12-31')).toBe('year'));
  it('lands between 20 and 120 bars for spans from a month to eight years', () => {
    for (const days of [21, 40, 90, 119, 200, 400, 700, 1000, 2000, 2900]) {
      const to = new Date(Date.UTC(2016, 2, 7) + days * 86_400_000).toISOString().slice(0, 10);
      const n = bucketCount('2016-03-07', to, chooseBucket('2016-03-07', to));
      expect(n, `${days} days`).toBeGreaterThanOrEqual(20);
      expect(n, `${days} days`).toBeLessThanOrEqual(120);
    }
  });
});

describe('buckets', () => {
  it('start weeks on Monday (ISO), months on the 1st, years on 1 January', () => {
    expect(bucketStart('2024-12-01', 'week')).toBe('2024-11-25'); // a Sunday
    expect(bucketStart('2024-11-25', 'week')).toBe('2024-11-25'); // a Monday
    expect(bucketStart('2024-02-29', 'month')).toBe('2024-02-01');
    expect(bucketStart('2024-02-29', 'year')).toBe('2024-01-01');
  });
  it('end on the day before the next one starts', () => {
    expect(bucketEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(bucketEnd('2024-12-01', 'month')).toBe('2024-12-31');
    expect(nextBucket('2024-12-01', 'month')).toBe('2025-01-01');
    expect(bucketEnd('2024-11-25', 'week')).toBe('2024-12-01');
    expect(bucketEnd('2024-01-01', 'year')).toBe('2024-12-31');
  });
  it('list every bucket a span touches, and count them alike', () => {
    expect(bucketStarts('2024-11-20', '2024-12-02', 'week')).toEqual(['2024-11-18', '2024-11-25', '2024-12-02']);
    expect(bucketStarts('2023-12-31', '2024-01-01', 'year')).toEqual(['2023-01-01', '2024-01-01']);
    for (const unit of ['day', 'week', 'month', 'year'] as const) expect(bucketStarts('2011-03-15', '2022-08-09', unit)).toHaveLength(bucketCount('2011-03-15', '2022-08-09', unit));
  });
});
