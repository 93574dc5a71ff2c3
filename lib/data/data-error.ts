import type { z } from 'zod';

/** A data file that fails validation: names the file, the record and the reason. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly reason: string,
  ) {
    super(`${file}: ${record}: ${reason}`);
    this.name = 'DataError';
  }
}

/** Turns a zod issue path inside an array file into "[2] (id "x") .date". */
export function recordLabel(path: PropertyKey[], raw: unknown): string {
  const [index, ...rest] = path;
  const item = Array.isArray(raw) && typeof index === 'number' ? raw[index] : undefined;
  const id = item && typeof item === 'object' && 'id' in item ? ` (id "${String(item.id)}")` : '';
  const field = rest.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
  return `${typeof index === 'number' ? `[${index}]` : 'file'}${id}${field}`;
}

/** Parses one data file's JSON with a schema, or throws the first problem as a DataError. */
export function parseFile<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DataError(file, 'file', `is not valid JSON (${(e as Error).message})`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(file, recordLabel(issue.path, raw), issue.message);
  }
  return result.data;
}
