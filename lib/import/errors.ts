import { DataError } from '@/lib/data/data-error';

/**
 * A file that cannot be imported, or one row of it that cannot: names the file, the row as a
 * spreadsheet shows it (or the JSON item), the column and the reason. It is a DataError, so the
 * commands print it the same way: `ged.csv: row 214, latitude: 95.2 is not between -90 and 90`.
 */
export class ImportError extends DataError {
  constructor(file: string, at: string, reason: string) {
    super(file, at, reason);
    this.name = 'ImportError';
  }
}

/** One rejected row: where it is, which column, and why. */
export type Reject = { at: string; column?: string; reason: string };

/** A row the importer refuses; thrown while reading a row and collected (or fatal, without --skip-invalid). */
export class RowReject extends Error {
  constructor(
    readonly column: string | undefined,
    readonly reason: string,
  ) {
    super(column ? `${column}: ${reason}` : reason);
  }
}

/** Refuses the row being read: `column: reason`. */
export function reject(column: string | undefined, reason: string): never {
  throw new RowReject(column, reason);
}
