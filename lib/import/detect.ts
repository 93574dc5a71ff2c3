import { open } from 'node:fs/promises';
import { firstLine, detectDelimiter } from './csv-reader';

/** The formats `npm run import` reads. */
export const FORMATS = ['ucdp-ged', 'acled', 'unhcr', 'geojson-control', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];

/** What a file is, from its first bytes: a CSV with its columns, or JSON with its top-level keys. */
export type Sniffed = { kind: 'csv'; columns: string[] } | { kind: 'json'; keys: string[]; featureCollection: boolean } | { kind: 'empty' };

/** Reads a file's first 64 KiB to tell CSV from JSON and find the header or top-level keys. */
export async function sniff(file: string): Promise<Sniffed> {
  const handle = await open(file, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
  if (!head.trim()) return { kind: 'empty' };
  if (/^\s*[{[]/.test(head)) return { kind: 'json', keys: topLevelKeys(head), featureCollection: /"type"\s*:\s*"FeatureCollection"/.test(head) };
  const header = await firstLine(file);
  const delimiter = detectDelimiter(header);
  return { kind: 'csv', columns: header.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '').trim()) };
}

/** The keys of a JSON object's top level, from the start of its text. */
function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buf = '';
  let last = '';
  for (const c of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') {
        inString = false;
        last = buf;
      } else buf += c;
      continue;
    }
    if (c === '"') {
      inString = true;
      buf = '';
    } else if (c === ':' && depth === 1) keys.push(last);
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return keys;
}

/** The named format a file looks like, with words for it; the generic csv for any other CSV. */
export function looksLike(s: Sniffed): { format: FormatName; what: string } | undefined {
  if (s.kind === 'csv') {
    const cols = new Set(s.columns.map((c) => c.toLowerCase()));
    if (cols.has('event_id_cnty')) return { format: 'acled', what: 'an ACLED export' };
    if (cols.has('type_of_violence') && cols.has('where_prec')) return { format: 'ucdp-ged', what: 'a UCDP GED file' };
    if (cols.has('coo_iso') && cols.has('coa_iso') && cols.has('year')) return { format: 'unhcr', what: 'a UNHCR population table' };
    return { format: 'csv', what: `a CSV with the columns ${s.columns.slice(0, 8).join(', ')}${s.columns.length > 8 ? ', …' : ''} (import it as csv with a mapping file, --map)` };
  }
  if (s.kind === 'json') {
    if (s.featureCollection || s.keys.includes('features')) return { format: 'geojson-control', what: 'a GeoJSON FeatureCollection' };
    if (s.keys.includes('Result')) return { format: 'ucdp-ged', what: "the UCDP API's JSON" };
    if (s.keys.includes('items')) return { format: 'unhcr', what: "the UNHCR API's JSON" };
  }
  return undefined;
}

/** The end of a wrong-format message: what the file looks like and the command for it. */
export function lookHint(s: Sniffed, asked: FormatName): string {
  const like = looksLike(s);
  if (!like || like.format === asked) return '';
  return like.format === 'csv' ? `; it looks like ${like.what}` : `; it looks like ${like.what}: npm run import -- ${like.format} FILE`;
}
