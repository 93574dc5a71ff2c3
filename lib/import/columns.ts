import { ImportError } from './errors';

/** A format's columns: each logical column with the header names it goes by (any case), and which must be there. */
export type ColumnSpec<K extends string, R extends K> = { names: Record<K, readonly string[]>; required: readonly R[] };

/** The header's name for each logical column (absent ones undefined); refuses a header that lacks a required column, naming them all. */
export function findColumns<K extends string, R extends K>(spec: ColumnSpec<K, R>, header: string[], file: string, what: string, hint = ''): Record<R, string> & Partial<Record<K, string>> {
  const byLower = new Map(header.map((h) => [h.toLowerCase(), h]));
  const found: Partial<Record<K, string>> = {};
  for (const key of Object.keys(spec.names) as K[]) {
    const name = spec.names[key].map((n) => byLower.get(n.toLowerCase())).find((n) => n !== undefined);
    if (name !== undefined) found[key] = name;
  }
  const missing = spec.required.filter((k) => found[k] === undefined).map((k) => spec.names[k][0]);
  if (missing.length) throw new ImportError(file, 'row 1', `is not ${what}: it has no column ${missing.join(', ')}${hint}`);
  return found as Record<R, string> & Partial<Record<K, string>>;
}
