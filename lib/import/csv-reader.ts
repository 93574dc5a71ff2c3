import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { ImportError } from './errors';

/** One data row of a CSV file: its number as a spreadsheet shows it (the header is row 1) and its cells by column. */
export type CsvRow = { row: number; cells: Record<string, string>; problem?: string };

/** An open CSV file: its columns, separator and a stream of its rows. */
export type CsvFile = {
  columns: string[];
  delimiter: string;
  size: number;
  /** Bytes read so far: how far through the file the rows are. */
  bytesRead: () => number;
  rows: AsyncIterable<CsvRow>;
};

const SNIFF_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t'] as const;

/** The first line of a file (outside quotes), without a byte-order mark; empty for an empty file. */
export async function firstLine(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"') quoted = !quoted;
      else if (!quoted && (c === '\n' || c === '\r')) return text.slice(0, i);
    }
    return text;
  } finally {
    await handle.close();
  }
}

/** The separator of a header line: whichever of `,`, `;` and tab stands most often outside quotes (Excel writes `;` where `,` is the decimal mark). */
export function detectDelimiter(header: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][1] > 0 ? [...counts].sort((a, b) => b[1] - a[1])[0][0] : ',';
}

/**
 * Opens a CSV file for streaming: UTF-8 with or without a byte-order mark, `,`, `;` or tab as the
 * separator (detected from the header), LF or CRLF, quoted cells with separators, quotes and
 * newlines in them. The file is read in chunks as the rows are consumed, never whole. Columns are
 * read by header name: a row with more non-empty cells than the header has names, or fewer cells,
 * comes with a `problem`; columns with an empty name (the trailing empty columns of old exports)
 * are left out. Blank lines are counted as rows, as a spreadsheet counts them, and skipped.
 */
export async function openCsv(file: string, label: string): Promise<CsvFile> {
  const { size } = await stat(file);
  const header = await firstLine(file);
  if (!header.trim()) throw new ImportError(label, 'file', size === 0 ? 'is empty' : 'has no header row');
  const delimiter = detectDelimiter(header);
  let read = 0;
  const input = createReadStream(file, { highWaterMark: 256 * 1024 });
  input.on('data', (chunk) => (read += chunk.length));
  const parser = input.pipe(parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  input.on('error', (e) => parser.destroy(e));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await next(iterator, label, 1);
  if (first.done) throw new ImportError(label, 'file', 'is empty');
  const names = first.value.map((n) => n.trim());
  const seen = new Set<string>();
  for (const n of names) {
    if (n && seen.has(n)) throw new ImportError(label, 'row 1', `the column "${n}" is named twice`);
    seen.add(n);
  }
  const columns = names.filter(Boolean);
  async function* rows(): AsyncGenerator<CsvRow> {
    try {
      for (let row = 2; ; row++) {
        const r = await next(iterator, label, row);
        if (r.done) return;
        const values = r.value;
        if (values.every((v) => v.trim() === '')) continue;
        const cells: Record<string, string> = {};
        let extra = 0;
        for (let i = 0; i < names.length; i++) if (names[i]) cells[names[i]] = values[i] ?? '';
        for (let i = 0; i < values.length; i++) if (!names[i] && values[i].trim() !== '') extra++;
        const problem =
          values.length < names.length && names.slice(values.length).some(Boolean)
            ? `has ${values.length} cells, the header names ${names.length} columns (the row is cut short)`
            : extra > 0
              ? `has ${extra === 1 ? 'a value' : `${extra} values`} in columns the header does not name`
              : undefined;
        yield { row, cells, problem };
      }
    } finally {
      input.destroy();
    }
  }
  return { columns, delimiter, size, bytesRead: () => read, rows: rows() };
}

async function next(iterator: AsyncIterator<string[]>, label: string, row: number): Promise<IteratorResult<string[]>> {
  try {
    return await iterator.next();
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code?.startsWith('CSV_') || err.code?.startsWith('INVALID_')) throw new ImportError(label, `row ${row}`, `the CSV cannot be read here: ${err.message}`);
    throw new ImportError(label, 'file', `cannot be read (${err.code ?? err.message})`);
  }
}
