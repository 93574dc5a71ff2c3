const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRulesByLocale = new Map<string, Intl.PluralRules>();

/**
 * A number formatter for a locale and options, made once: making one costs far more than using it,
 * and the map's markers and lists format on every render.
 */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A locale's plural rules, made once. */
export function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesByLocale.set(locale, rules);
  }
  return rules;
}

/**
 * A whole number as the locale writes it. British English is written here, as Intl writes it
 * ("3,214,780"; numbers.test.ts compares): the page's first Intl number formatter loads the
 * locale's data while the map is starting.
 */
export function formatInteger(locale: string, n: number): string {
  if (locale === 'en-GB' && Number.isSafeInteger(n)) return `${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',')}`;
  return numberFormat(locale).format(n);
}

/** The plural category of a whole number (English's "one" or "other" written here; others by Intl). */
export function pluralOf(locale: string, n: number): Intl.LDMLPluralRule {
  if (locale === 'en-GB' && Number.isSafeInteger(n)) return Math.abs(n) === 1 ? 'one' : 'other';
  return pluralRules(locale).select(n);
}

const EN_COMPACT: [number, string][] = [
  [1e3, 'k'],
  [1e6, 'm'],
  [1e9, 'bn'],
  [1e12, 'tn'],
];

/**
 * A number of people, short ("100k", "3.2m"): British English written here as Intl's compact
 * notation with one decimal writes it (numbers.test.ts compares); Arabic spells the number in full
 * rather than ICU's "٤ مليون".
 */
export function formatCompact(locale: string, n: number): string {
  if (locale.startsWith('ar')) return numberFormat(locale).format(n);
  if (locale !== 'en-GB' || !Number.isSafeInteger(n) || n < 0 || n >= 1e15) return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
  // The scale of the number as it is, then rounded to one decimal (half away from zero, as Intl);
  // one that rounds up to a thousand of its scale (999,950 is 1,000k) is written in the next (1m).
  let i = EN_COMPACT.findLastIndex(([scale]) => n >= scale);
  if (i < 0) return String(n);
  let tenths = Math.round((n * 10) / EN_COMPACT[i][0]);
  if (tenths >= 10_000 && i < EN_COMPACT.length - 1) tenths = Math.round((n * 10) / EN_COMPACT[++i][0]);
  return `${tenths / 10}${EN_COMPACT[i][1]}`;
}
