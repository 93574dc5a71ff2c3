import { reject } from './errors';

/** One row as read: where it stands (`row 214`, `Result[4]`), its cells by column, in the file's order, and a reading problem if any. */
export type SourceRow = { at: string; cells: Record<string, string>; order: string[]; problem?: string };

/** A cell's value, trimmed; undefined when the column is absent or the cell empty. */
export function cell(row: SourceRow, column: string | undefined): string | undefined {
  if (column === undefined) return undefined;
  const v = row.cells[column]?.trim();
  return v ? v : undefined;
}

/** A cell that must not be empty. */
export function needed(row: SourceRow, column: string): string {
  return cell(row, column) ?? reject(column, 'is empty');
}

/** A number in a cell (a decimal comma is read as a point), within [min, max]; undefined for an empty cell. */
export function numberIn(row: SourceRow, column: string | undefined, min: number, max: number, { integer = false } = {}): number | undefined {
  const raw = cell(row, column);
  if (raw === undefined || column === undefined) return undefined;
  const n = Number(/^-?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw);
  if (!Number.isFinite(n)) reject(column, `${raw} is not a number`);
  if (integer && !Number.isInteger(n)) reject(column, `${raw} is not a whole number`);
  if (n < min || n > max) reject(column, `${raw} is not between ${min} and ${max}`);
  return n;
}

/** A latitude and a longitude from two cells, both required. */
export function coordinates(row: SourceRow, lat: string, lon: string): { lat: number; lon: number } {
  const la = numberIn(row, lat, -90, 90) ?? reject(lat, 'is empty');
  const lo = numberIn(row, lon, -180, 180) ?? reject(lon, 'is empty');
  return { lat: la, lon: lo };
}

/** A count of people in a cell: a whole number ≥ 0; undefined when empty or "-" (unknown, not zero). */
export function count(row: SourceRow, column: string | undefined): number | undefined {
  const raw = cell(row, column);
  if (raw === undefined || raw === '-' || column === undefined) return undefined;
  const n = Number(raw.replace(/[\s,]/g, ''));
  if (!Number.isInteger(n)) reject(column, `${raw} is not a whole number`);
  if (n < 0) reject(column, `${raw} is below zero`);
  return n;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** How a date is written in a column. */
export type DateFormat = 'yyyy-mm-dd' | 'dd/mm/yyyy' | 'mm/dd/yyyy' | 'd month yyyy';

/**
 * A calendar date read from a cell written YYYY-MM-DD (a time after it, as APIs write, is dropped),
 * or in the given format; refuses one that does not exist (2012-02-30), naming the column.
 */
export function dateIn(row: SourceRow, column: string, format: DateFormat = 'yyyy-mm-dd'): string {
  const raw = needed(row, column);
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(raw))) [y, m, d] = [+match[1], +match[2], +match[3]];
  else if (format !== 'yyyy-mm-dd' && (match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw)))
    [y, m, d] = format === 'mm/dd/yyyy' ? [+match[3], +match[1], +match[2]] : [+match[3], +match[2], +match[1]];
  else if ((match = /^(\d{1,2})[ -]([A-Za-z]+)[ ,-]+(\d{4})$/.exec(raw)) && MONTHS.findIndex((n) => n.startsWith(match![2].toLowerCase()) && match![2].length >= 3) >= 0)
    [y, m, d] = [+match[3], MONTHS.findIndex((n) => n.startsWith(match![2].toLowerCase())) + 1, +match[1]];
  else reject(column, `${raw} is not a date written ${format === 'yyyy-mm-dd' ? 'YYYY-MM-DD' : format.toUpperCase()}`);
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (!Number.isFinite(t) || new Date(t).toISOString().slice(0, 10) !== iso) reject(column, `${raw} is not a calendar date`);
  return iso;
}

/** One of a column's codes (UCDP's where_prec 1–7), or a refusal listing them. */
export function codeIn<T extends string>(row: SourceRow, column: string, codes: readonly T[], what: string): T {
  const raw = needed(row, column);
  const code = raw.replace(/\.0+$/, '') as T;
  if (!codes.includes(code)) reject(column, `${raw} is not one of ${what}`);
  return code;
}
