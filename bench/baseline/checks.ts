// Benchmark baseline only: the app's former in-memory dataset (lib/data/checks.ts at commit e9a6cea), kept
// for bench/run.mjs to measure against the store. Never imported by the app.
import type { Citation } from '@/lib/schemas/source';
import { DataError } from '@/lib/data/data-error';

/** A source with its archived text, as the checks need it. */
type Archived = { file: string; text: string };

/** Indexes records by id; a repeated id fails with the file and record. */
export function indexById<T extends { id: string }>(file: string, records: T[]): Map<string, T> {
  const map = new Map<string, T>();
  records.forEach((r, i) => {
    if (map.has(r.id)) throw new DataError(file, `[${i}] (id "${r.id}")`, 'id is used twice');
    map.set(r.id, r);
  });
  return map;
}

/** Fails unless `id` names a record of `map`. */
export function requireRef(map: Map<string, unknown>, id: string, file: string, record: string, what: string) {
  if (!map.has(id)) throw new DataError(file, record, `${what} "${id}" is not defined`);
}

/** Every citation names a known source and quotes it verbatim. */
export function checkCitations(sources: Map<string, Archived>, citations: Citation[], file: string, record: string) {
  citations.forEach((c, j) => {
    const at = `${record}.sources[${j}]`;
    const source = sources.get(c.sourceId);
    if (!source) throw new DataError(file, `${at}.sourceId`, `source "${c.sourceId}" is not defined`);
    if (!source.text.includes(c.quote)) {
      throw new DataError(file, `${at}.quote`, `quote is not found verbatim in data/sources/${source.file}`);
    }
  });
}

/** The source's own words (date words, a credited outlet) must stand in one of the quotes that carry the claim. */
export function checkWordsCited(citations: Citation[], words: string, file: string, record: string, what: string) {
  if (!citations.some((c) => c.quote.includes(words))) {
    throw new DataError(file, record, `${what} "${words}" appear in none of the record's quotes`);
  }
}
