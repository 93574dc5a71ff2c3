import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAY_FORMATS, formatDay, formatPeriod, htmlDateTime, isoWeek, type DayKind } from './format';

describe('isoWeek', () => {
  it('puts Monday 25 November 2024 in week 48', () => expect(isoWeek('2024-11-25')).toBe('2024-W48'));
  it('puts 30 December 2024 in week 1 of 2025', () => expect(isoWeek('2024-12-30')).toBe('2025-W01'));
  it('puts 1 January 2021 in week 53 of 2020', () => expect(isoWeek('2021-01-01')).toBe('2020-W53'));
});

describe('htmlDateTime', () => {
  it('claims no more than the precision', () => {
    expect(htmlDateTime('2024-11-30', 'day')).toBe('2024-11-30');
    expect(htmlDateTime('2024-11-25', 'week')).toBe('2024-W48');
    expect(htmlDateTime('2024-11-01', 'month')).toBe('2024-11');
    expect(htmlDateTime('2020-01-01', 'year')).toBe('2020');
  });
});

describe('formatPeriod', () => {
  it('shows a week as its first and last day', () => expect(formatPeriod('2024-11-25', 'week', '2024-12-01')).toBe('25 Nov 2024 – 1 Dec 2024'));
  it('shows a day with its weekday', () => expect(formatPeriod('2024-11-30', 'day', '2024-11-30')).toBe('Sat, 30 Nov 2024'));
});

describe('a calendar day is the same day in every time zone', () => {
  // The formatters use the browser's own zone (no time zone data to load while the page starts):
  // the server and a reader anywhere, on a clock-change day too, must write the same day.
  const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Damascus', 'America/Sao_Paulo', 'Asia/Tehran'];
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
    vi.resetModules();
  });
  it.each(zones)('in %s', async (zone) => {
    process.env.TZ = zone;
    vi.resetModules();
    const fresh = await import('./format');
    expect(fresh.formatPeriod('2024-11-30', 'day', '2024-11-30')).toBe('Sat, 30 Nov 2024');
    expect(fresh.formatShortDay('2024-12-31')).toBe('31 Dec 2024');
    expect(fresh.formatPeriod('2024-01-01', 'year', '2024-12-31')).toBe('2024');
    expect(fresh.formatDay('2024-11-30', 'dayMonth', 'ar')).toBe(new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 10, 30)));
    // Syria's clocks went forward at midnight on 29 March 2024 (no 00:00 that day); Arabic is Intl's.
    expect(fresh.formatShortDay('2024-03-29')).toBe('29 Mar 2024');
    const arabic = new Intl.DateTimeFormat('ar-SY-u-nu-arab', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    for (const day of ['2024-03-29', '2024-10-31', '2024-11-30']) expect(fresh.formatDay(day, 'short', 'ar-SY-u-nu-arab')).toBe(arabic.format(new Date(`${day}T00:00:00Z`)));
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone); // the zone took effect
  });
});

describe('British English is written as Intl writes it', () => {
  const kinds: DayKind[] = ['day', 'short', 'month', 'year', 'dayMonth'];
  it.each(kinds)('every day of a leap year, as %s', (kind) => {
    const intl = new Intl.DateTimeFormat('en-GB', { ...DAY_FORMATS[kind], timeZone: 'UTC' });
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      expect(formatDay(date, kind, 'en-GB'), date).toBe(intl.format(t));
    }
  });
  it('and Arabic by Intl, in Arabic digits', () => expect(formatDay('2024-11-30', 'short', 'ar-SY-u-nu-arab')).toMatch(/^[٠-٩]+ .+ [٠-٩]{4}$/));
});
