import type { SourceRow } from './cells';
import { openCsv } from './csv-reader';
import { jsonItems } from './json-items';

/** The rows of a file, streamed, with what is known before reading them: the columns and the file's size. */
export type RowStream = {
  label: string;
  size: number;
  bytesRead: () => number;
  /** The header's columns (a JSON file's: the first item's keys). */
  columns: string[];
  rows: AsyncIterable<SourceRow>;
};

/** A CSV file's rows, `row N` as a spreadsheet numbers them. */
export async function csvRows(file: string, label: string): Promise<RowStream> {
  const csv = await openCsv(file, label);
  async function* rows(): AsyncGenerator<SourceRow> {
    for await (const r of csv.rows) yield { at: `row ${r.row}`, cells: r.cells, order: csv.columns, problem: r.problem };
  }
  return { label, size: csv.size, bytesRead: csv.bytesRead, columns: csv.columns, rows: rows() };
}

/** A JSON value as a cell's text: strings as they are, numbers and booleans written out, null empty, objects as JSON. */
export const cellText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The objects of an array in a JSON file (`Result`, `items`) as rows, `Result[4]`, their keys as columns. */
export async function jsonRows(file: string, label: string, key: string): Promise<RowStream> {
  const json = await jsonItems(file, label, key);
  const iterator = json.items[Symbol.asyncIterator]();
  const first = await iterator.next();
  const toRow = ({ at, value }: { at: string; value: unknown }): SourceRow => {
    const object = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
    const order = Object.keys(object);
    return { at, cells: Object.fromEntries(order.map((k) => [k, cellText(object[k])])), order };
  };
  async function* rows(): AsyncGenerator<SourceRow> {
    if (first.done) return;
    yield toRow(first.value);
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield toRow(r.value);
  }
  return { label, size: json.size, bytesRead: json.bytesRead, columns: first.done ? [] : toRow(first.value).order, rows: rows() };
}
