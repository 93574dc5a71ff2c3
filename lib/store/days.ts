const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date: how the stores index dates. */
export const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/** The YYYY-MM-DD date of a day number. */
export const dayOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The longest period a date can stand for (a leap year), in days after its first: bounds span queries on first days. */
export const MAX_PERIOD_DAYS = 366;
