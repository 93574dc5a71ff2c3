import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, overlaps, periodEnd, precisionOf } from './period';

describe('periodEnd', () => {
  it('ends a day on itself', () => expect(periodEnd('2024-11-30', 'day')).toBe('2024-11-30'));
  it('ends a week six days on, across a month end', () => expect(periodEnd('2024-11-25', 'week')).toBe('2024-12-01'));
  it('ends a month on its last day, in a leap year', () => expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29'));
  it('ends a year on 31 December', () => expect(periodEnd('2020-01-01', 'year')).toBe('2020-12-31'));
});

describe('addDays', () => {
  it('crosses a year end', () => expect(addDays('2024-12-31', 1)).toBe('2025-01-01'));
  it('goes back', () => expect(addDays('2024-03-01', -1)).toBe('2024-02-29'));
});

describe('overlaps', () => {
  it('counts the boundary days as inside (inclusive span)', () => {
    expect(overlaps('2024-11-30', '2024-11-30', '2024-11-30', '2024-11-30')).toBe(true);
  });
  it('matches a week that only partly overlaps the span', () => {
    expect(overlaps('2024-11-25', '2024-12-01', '2024-12-01', undefined)).toBe(true);
    expect(overlaps('2024-11-25', '2024-12-01', '2024-12-02', undefined)).toBe(false);
  });
  it('drops a period that ends before from or starts after to', () => {
    expect(overlaps('2024-11-30', '2024-11-30', '2024-12-01')).toBe(false);
    expect(overlaps('2024-12-02', '2024-12-02', undefined, '2024-12-01')).toBe(false);
  });
});

describe('a span of days', () => {
  it('ends on its given last day, and needs one', () => {
    expect(periodEnd('2012-10-29', 'span', '2012-10-31')).toBe('2012-10-31');
    expect(() => periodEnd('2012-10-29', 'span')).toThrow('a span from 2012-10-29 needs its last day');
  });
  it('is named by the unit a period is exactly, or span', () => {
    expect(precisionOf('2012-10-29', '2012-10-29')).toBe('day');
    expect(precisionOf('2012-10-29', '2012-11-04')).toBe('week');
    expect(precisionOf('2012-02-01', '2012-02-29')).toBe('month');
    expect(precisionOf('2012-01-01', '2012-12-31')).toBe('year');
    expect(precisionOf('2012-10-29', '2012-10-31')).toBe('span');
    expect(daysBetween('2012-10-29', '2012-10-31')).toBe(2);
  });
});
