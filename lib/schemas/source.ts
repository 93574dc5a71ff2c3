import { z } from 'zod';
import { httpUrl, isoDate, slugId } from './common';

/** An archived source document: metadata in data/sources.json, text in data/sources/{file}. */
export const sourceRecord = z.strictObject({
  id: slugId,
  file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'must be a .txt file name in data/sources/'),
  url: httpUrl,
  publisher: z.string().min(1),
  title: z.string().min(1),
  published: isoDate,
  language: z.string().regex(/^[a-z]{2}$/),
  note: z.string().optional(),
});
export type SourceRecord = z.infer<typeof sourceRecord>;

/** A claim's citation: which source, the credited outlet if any, and a verbatim quote. */
export const citation = z.strictObject({
  sourceId: slugId,
  attribution: z.string().min(1).optional(),
  quote: z.string().min(12, 'quote is too short to identify a passage'),
});
export type Citation = z.infer<typeof citation>;

/** A citation as the API serves it: resolved against its source record. */
export type ResolvedCitation = Citation & Pick<SourceRecord, 'url' | 'publisher' | 'title' | 'published' | 'language'>;
