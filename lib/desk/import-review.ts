import 'server-only';
import { z } from 'zod';
import { ApiError, notFound } from '@/lib/api/api-error';
import { DataError } from '@/lib/data/data-error';
import { batchParts, dropBatchParts, importBatch, moveBatch, type ImportBatch } from '@/lib/import/review-batch';
import type { PartedResult } from '@/lib/store/backend';
import type { DeskContext } from './guard';

export const rejectBatchBody = z.strictObject({ comment: z.string().trim().min(1, 'say why the batch is rejected').max(1000) });

/** A batch that exists and is still pending; 404 or 409 otherwise. */
async function pendingBatch({ store }: DeskContext, id: string): Promise<ImportBatch> {
  const batch = await importBatch(store, id);
  if (!batch) throw notFound(`no import batch has the id ${id.slice(0, 80)}`, 'id');
  if (batch.state !== 'pending') throw new ApiError(409, 'not_pending', `import batch ${id} is ${batch.state}, not pending`, 'id');
  return batch;
}

/**
 * Publishes a batch sent to review: its parts checked again against the store as it is now (it
 * may have changed since the batch was sent) and written in one transaction through the store's
 * write path, so open pages update at once. A part that no longer passes leaves the store as it
 * was and the batch pending (409 saying which record and why).
 */
export async function publishBatch(ctx: DeskContext, id: string): Promise<{ batch: ImportBatch; result: PartedResult }> {
  const { store, desk, user } = ctx;
  const batch = await pendingBatch(ctx, id);
  if (!(await moveBatch(store, id, 'pending', 'publishing', { by: user.email }))) throw new ApiError(409, 'not_pending', `import batch ${id} is being published or was decided meanwhile`, 'id');
  let result: PartedResult;
  try {
    const parts = await store.begin({ by: `import ${batch.format} ${batch.file} (batch ${id}, published by ${user.email})`, ...(batch.sourceId && { source: batch.sourceId }) });
    try {
      for await (const part of batchParts(store, batch)) await parts.add(part);
      result = await parts.commit();
    } catch (e) {
      await parts.rollback();
      throw e;
    }
  } catch (e) {
    await moveBatch(store, id, 'publishing', 'pending');
    if (e instanceof DataError) throw new ApiError(409, 'batch_outdated', `the store has changed since this batch was checked, and it no longer passes: ${e.message}. Nothing was published; reject it and send the file again`, 'id');
    throw e;
  }
  await moveBatch(store, id, 'publishing', 'published', { by: user.email });
  await dropBatchParts(store, id);
  await desk.audit(user.email, 'import-publish', id, JSON.stringify({ file: batch.file, dataset: batch.summary.dataset, version: result.version, counts: result.counts }));
  return { batch: (await importBatch(store, id))!, result };
}

/** Rejects a pending batch with a comment to its sender; nothing of it is written. */
export async function rejectBatch(ctx: DeskContext, id: string, comment: string): Promise<ImportBatch> {
  const { store, desk, user } = ctx;
  const batch = await pendingBatch(ctx, id);
  if (!(await moveBatch(store, id, 'pending', 'rejected', { by: user.email, comment }))) throw new ApiError(409, 'not_pending', `import batch ${id} is being published or was decided meanwhile`, 'id');
  await dropBatchParts(store, id);
  await desk.audit(user.email, 'import-reject', id, JSON.stringify({ file: batch.file, dataset: batch.summary.dataset, comment }));
  return (await importBatch(store, id))!;
}
