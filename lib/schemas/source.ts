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
  /** The licence the source is published under ("CC BY 4.0"), with its text's address. */
  licence: z.strictObject({ name: z.string().min(1), url: httpUrl.optional() }).optional(),
  /** The credit the licence or terms ask for, word for word, wherever the data is shown. */
  attribution: z.string().min(1).optional(),
  /** The release of a dataset ("23.1"). */
  version: z.string().min(1).optional(),
  /** When this copy was retrieved (a dataset's file, an export). */
  retrieved: isoDate.optional(),
  /** false when the terms forbid passing the raw rows on (ACLED): shown with credit, never handed out in bulk. */
  redistributable: z.boolean().optional(),
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
export type ResolvedCitation = Citation &
  Pick<SourceRecord, 'url' | 'publisher' | 'title' | 'published' | 'language' | 'licence' | 'version' | 'retrieved' | 'redistributable'> & {
    /** The source's `attribution`: the credit its licence asks for. */
    sourceAttribution?: string;
  };
