import { addDays } from '@/lib/dates/period';

/** A date the desk proposes for the words a source uses, with how exactly they give it and how it was read. */
export type ProposedDate = { date: string; datePrecision: 'day' | 'week' | 'month' | 'year'; dateNote: string };

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const title = (word: string) => word[0].toUpperCase() + word.slice(1);
// Written out by hand: ICU versions differ on commas, and the note is kept in the data.
const long = (date: string) => {
  const d = utc(date);
  return `${title(WEEKDAYS[d.getUTCDay()])} ${d.getUTCDate()} ${title(MONTHS[d.getUTCMonth()])} ${d.getUTCFullYear()}`;
};
const monthIndex = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3)) && m.startsWith(word.toLowerCase()));
const mondayOf = (date: string) => addDays(date, -((utc(date).getUTCDay() + 6) % 7));
const exists = (y: number, m: number, d: number) => d >= 1 && d <= new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/**
 * Reads the date words a source uses ("on Saturday", "yesterday", "last week", "30 November",
 * "November 2024") against the source's own date, as the project's data does: a weekday is the
 * last such day on or before the source's date, "last week" the Monday-to-Sunday week before it.
 * Null for words it cannot read: the editor then types the date. The editor always confirms.
 */
export function proposeDate(words: string, published: string): ProposedDate | null {
  const w = words.toLowerCase();
  const against = `the source's date, ${long(published)}`;
  if (/\b(today|this morning|this afternoon|this evening|tonight)\b/.test(w)) return { date: published, datePrecision: 'day', dateNote: `The day of ${against}.` };
  if (/\b(yesterday|last night)\b/.test(w)) return { date: addDays(published, -1), datePrecision: 'day', dateNote: `The day before ${against}.` };
  if (/\blast week\b/.test(w)) return { date: addDays(mondayOf(published), -7), datePrecision: 'week', dateNote: `The Monday-to-Sunday week before ${against}.` };
  if (/\bthis week\b/.test(w)) return { date: mondayOf(published), datePrecision: 'week', dateNote: `The Monday-to-Sunday week of ${against}.` };
  if (/\blast month\b/.test(w)) {
    const d = utc(published);
    return { date: iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1))), datePrecision: 'month', dateNote: `The month before ${against}.` };
  }
  const year = Number(published.slice(0, 4));
  const dayMonth = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?(?:,?\s+(\d{4}))?\b/.exec(w) ?? null;
  const monthDay = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/.exec(w) ?? null;
  const written = [dayMonth && [dayMonth[2], dayMonth[1], dayMonth[3]], monthDay && [monthDay[1], monthDay[2], monthDay[3]]].filter((x) => x !== null);
  for (const [m, d, y] of written) {
    const month = monthIndex(m);
    if (month < 0) continue;
    // Without a year, the last such day on or before the source's date.
    let y2 = y ? Number(y) : year;
    if (!y && iso(new Date(Date.UTC(y2, month, Number(d)))) > published) y2 -= 1;
    if (!exists(y2, month, Number(d))) continue;
    const date = iso(new Date(Date.UTC(y2, month, Number(d))));
    return { date, datePrecision: 'day', dateNote: y ? `As the source writes it.` : `The year is read from ${against}.` };
  }
  const monthYear = /\b([a-z]{3,9})\s+(\d{4})\b/.exec(w);
  if (monthYear && monthIndex(monthYear[1]) >= 0) return { date: iso(new Date(Date.UTC(Number(monthYear[2]), monthIndex(monthYear[1]), 1))), datePrecision: 'month', dateNote: 'The month the source names.' };
  const day = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(w));
  if (day >= 0) {
    const back = (utc(published).getUTCDay() - day + 7) % 7;
    const date = addDays(published, -back);
    return { date, datePrecision: 'day', dateNote: back === 0 ? `The ${title(WEEKDAYS[day])} of ${against} itself.` : `The ${title(WEEKDAYS[day])} before ${against}.` };
  }
  const inYear = /\b(?:in|during|since)\s+(\d{4})\b/.exec(w);
  if (inYear) return { date: `${inYear[1]}-01-01`, datePrecision: 'year', dateNote: 'The year the source names.' };
  return null;
}
