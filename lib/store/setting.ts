/**
 * A whole-number setting from the environment: undefined when unset or blank, else the number,
 * or an error naming the variable, its range and what it was given.
 */
export function wholeNumberSetting(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}
