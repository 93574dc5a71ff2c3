import { describe, expect, it } from 'vitest';
import { proposeDate } from './date-words';

// The article of data/ is dated Monday 2 December 2024.
const MONDAY = '2024-12-02';

describe('proposeDate', () => {
  it('reads a weekday as the last such day before the source\'s date', () => {
    expect(proposeDate('on Saturday', MONDAY)).toMatchObject({ date: '2024-11-30', datePrecision: 'day', dateNote: 'The Saturday before the source\'s date, Monday 2 December 2024.' });
    expect(proposeDate('on Monday', MONDAY)).toMatchObject({ date: MONDAY, datePrecision: 'day' });
  });
  it('reads yesterday, today, last week and last month against the source\'s date', () => {
    expect(proposeDate('Yesterday', MONDAY)?.date).toBe('2024-12-01');
    expect(proposeDate('earlier today', MONDAY)?.date).toBe(MONDAY);
    expect(proposeDate('Last week', MONDAY)).toMatchObject({ date: '2024-11-25', datePrecision: 'week' });
    expect(proposeDate('last month', MONDAY)).toMatchObject({ date: '2024-11-01', datePrecision: 'month' });
  });
  it('reads written dates, taking the year from the source when the words have none', () => {
    expect(proposeDate('on 30 November', MONDAY)).toMatchObject({ date: '2024-11-30', datePrecision: 'day' });
    expect(proposeDate('on November 30', MONDAY)?.date).toBe('2024-11-30');
    expect(proposeDate('on 28 December', MONDAY)?.date).toBe('2023-12-28');
    expect(proposeDate('on 3 March 2021', MONDAY)?.date).toBe('2021-03-03');
    expect(proposeDate('in November 2024', MONDAY)).toMatchObject({ date: '2024-11-01', datePrecision: 'month' });
    expect(proposeDate('on 31 February', MONDAY)).toBeNull();
  });
  it('proposes nothing for words it cannot read', () => {
    expect(proposeDate('recently', MONDAY)).toBeNull();
  });
});
