import { describe, expect, it } from 'vitest';
import { formatCompact, formatInteger, pluralOf } from './numbers';

describe('whole numbers in British English are written as Intl writes them', () => {
  const numbers = [0, 1, 2, 7, 12, 999, 1000, 1001, 12_345, 99_999, 100_000, 3_214_780, 1_000_000_000, -1, -1234, -1_000_000, Number.MAX_SAFE_INTEGER];
  it.each(numbers)('%d', (n) => {
    expect(formatInteger('en-GB', n)).toBe(new Intl.NumberFormat('en-GB').format(n));
    expect(pluralOf('en-GB', n)).toBe(new Intl.PluralRules('en-GB').select(n));
  });
  it('leaves fractions and other locales to Intl', () => {
    expect(formatInteger('en-GB', 1234.5)).toBe('1,234.5');
    expect(formatInteger('ar-SY-u-nu-arab', 1234)).toBe(new Intl.NumberFormat('ar-SY-u-nu-arab').format(1234));
    expect(pluralOf('ar-SY-u-nu-arab', 3)).toBe('few');
  });
});

describe('short numbers of people in British English are written as Intl writes them', () => {
  const intl = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
  const numbers = [0, 5, 999, 1000, 1049, 1050, 1500, 9999, 10_000, 99_949, 99_950, 100_000, 250_000, 999_949, 999_950, 999_999, 1_000_000, 1_250_000, 3_214_780, 10_000_000, 999_999_999, 1e9, 1.5e9, 2.5e12, 12_350, 12_349, 1_050_000, 999_950_000, 999_949_999];
  it.each(numbers)('%d', (n) => expect(formatCompact('en-GB', n)).toBe(intl.format(n)));
  it('leaves fractions to Intl', () => expect(formatCompact('en-GB', 1234.5)).toBe(intl.format(1234.5)));
  it('and Arabic in full', () => expect(formatCompact('ar-SY-u-nu-arab', 100_000)).toBe(new Intl.NumberFormat('ar-SY-u-nu-arab').format(100_000)));
});
