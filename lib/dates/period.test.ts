import { describe, expect, it } from 'vitest';
import { addDays, overlaps, periodEnd } from './period';

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
