import 'server-only';
import { z } from 'zod';
import { ApiError } from '@/lib/api/api-error';
import { DataError } from '@/lib/data/data-error';
import { sourceRecord, type SourceRecord } from '@/lib/schemas/source';
import type { DeskContext } from './guard';
import { slugOfWords } from './slug';

/** The longest text a source may have (a long article is ~50,000 characters). */
export const MAX_SOURCE_TEXT = 300_000;

/** A source as pasted at the desk: where it was published and its text, the evidence quotes are checked against. */
export const sourceBody = z.strictObject({
  url: sourceRecord.shape.url,
  publisher: z.string().trim().min(1, 'is required').max(200),
  title: z.string().trim().min(1, 'is required').max(300),
  published: sourceRecord.shape.published,
  language: sourceRecord.shape.language.default('en'),
  text: z.string().max(MAX_SOURCE_TEXT, `must be at most ${MAX_SOURCE_TEXT} characters`).refine((t) => t.trim().length >= 40, 'paste the article\'s text (at least 40 characters)'),
});
export type SourceBody = z.infer<typeof sourceBody>;

/**
 * Archives a source through the store's write path. The same URL or the same text twice is
 * refused (409), naming the source that has it. Line ends are kept as \n; nothing else changes.
 */
export async function addSource(ctx: DeskContext, body: SourceBody): Promise<SourceRecord> {
  const text = body.text.replace(/\r\n?/g, '\n');
  const byUrl = await ctx.desk.sourceWithUrl(body.url);
  if (byUrl) throw new ApiError(409, 'duplicate_source', `this URL is archived already, as source "${byUrl}"`, 'url');
  const byText = await ctx.desk.sourceWithText(text);
  if (byText) throw new ApiError(409, 'duplicate_source', `this text is archived already, as source "${byText}"`, 'text');
  const base = slugOfWords(`${body.publisher} ${body.published} ${body.title}`) || 'source';
  let id = base;
  for (let i = 2; await ctx.desk.sourceText(id); i++) id = `${base}-${i}`;
  const record: SourceRecord = { id, file: `${id}.txt`, url: body.url, publisher: body.publisher, title: body.title, published: body.published, language: body.language, retrieved: new Date().toISOString().slice(0, 10) };
  try {
    await ctx.store.write({ sources: [{ at: { file: 'desk', record: 'source' }, value: { ...record, text } }] }, { by: `desk ${ctx.user.email}` });
  } catch (e) {
    if (e instanceof DataError) throw new ApiError(400, 'invalid_field', `${e.record}: ${e.reason}`, e.record);
    throw e;
  }
  await ctx.desk.audit(ctx.user.email, 'source-add', id, body.url);
  return record;
}
