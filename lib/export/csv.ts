// CSV that spreadsheets open right: RFC 4180 quoting, CRLF line ends, and text cells that cannot
// run as formulas (OWASP's "CSV injection").

/** The UTF-8 byte-order mark: without it Excel reads a CSV file as the system's code page. */
export const BOM = '\uFEFF';

/** Characters a spreadsheet reads as the start of a formula (tab and CR too: some trim them first). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One cell: a number as written; text starting like a formula gets a leading apostrophe (the
 * spreadsheet shows the text, runs nothing); quoted when it holds a quote, comma or line end.
 */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated (RFC 4180). */
export const csvRow = (cells: (string | number | undefined | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;
