import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Store } from '@/lib/store';
import type { PutKind, WriteBatch } from '@/lib/store/batch';
import type { PartedWrite, WriteResult } from '@/lib/store/backend';
import type { DeskSql } from '@/lib/store/desk-sql';

/** What a batch sent to review holds, as the desk shows it. */
export type BatchSummary = {
  /** The dataset and its release: "UCDP GED 23.1". */
  dataset: string;
  rows: number;
  /** Records by what the batch does to them, as checked against the store when it was sent. */
  counts: WriteResult['counts'];
  /** Records by kind. */
  records: Record<string, number>;
  /** The first few records, to see what the rows became. */
  sample: { kind: string; id: string; label: string; date?: string }[];
  /** The store's version the batch was checked against. */
  checkedAt: number;
};

/** A batch's header row. */
export type ImportBatch = {
  id: string;
  state: 'pending' | 'publishing' | 'published' | 'rejected';
  format: string;
  file: string;
  /** The source whose archived text arrives in the parts (an events import), else null. */
  sourceId: string | null;
  sentBy: string;
  sentAt: string;
  parts: number;
  summary: BatchSummary;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
};

type BatchRow = { id: string; state: ImportBatch['state']; format: string; file: string; source_id: string | null; sent_by: string; sent_at: string; parts: number | string; summary: string; decided_by: string | null; decided_at: string | null; comment: string | null };

const SAMPLE_SIZE = 6;
const sqlOf = (store: Store): DeskSql => store.backend.desk().sql;

/** The kinds a sample shows, what the rows became first (events, flows, control) and what they brought with them after. */
const SAMPLED: PutKind[] = ['events', 'flows', 'control', 'areas', 'itineraries', 'places', 'actors', 'countries'];

/** The first records of a part, each by the words it is known by: its title, label or name. */
function sampleOf(part: WriteBatch, room: number): BatchSummary['sample'] {
  const out: BatchSummary['sample'] = [];
  for (const kind of SAMPLED) {
    for (const { value } of part[kind] ?? []) {
      if (out.length >= room) return out;
      const v = value as { id?: string; code?: string; title?: string; label?: string; name?: string; date?: string };
      out.push({ kind, id: v.id ?? v.code ?? '', label: v.title ?? v.label ?? v.name ?? v.id ?? '', ...(v.date && { date: v.date }) });
    }
  }
  return out;
}

/**
 * The parts of an import sent to review, spooled to a temp file (one JSON line a part) while the
 * import checks them in a dry run: the store's write lock is held then, so they are stored only
 * after, read back one at a time. Memory holds one part, whatever the batch's size.
 */
export class ReviewSpool {
  private dir: string | undefined;
  parts = 0;
  sample: BatchSummary['sample'] = [];

  private async file(): Promise<string> {
    this.dir ??= await mkdtemp(path.join(tmpdir(), 'situation-review-'));
    return path.join(this.dir, 'parts.ndjson');
  }

  /** Keeps a part. */
  async append(part: WriteBatch): Promise<void> {
    await appendFile(await this.file(), `${JSON.stringify(part)}\n`);
    this.parts++;
    if (this.sample.length < SAMPLE_SIZE) this.sample.push(...sampleOf(part, SAMPLE_SIZE - this.sample.length));
  }

  /** A dry-run write in parts that keeps each part it checks. */
  wrap(write: PartedWrite): PartedWrite {
    return {
      add: async (part) => {
        await write.add(part);
        await this.append(part);
      },
      commit: () => write.commit(),
      rollback: () => write.rollback(),
    };
  }

  /** The parts kept, in order. */
  async *read(): AsyncGenerator<string> {
    if (!this.parts) return;
    const lines = createInterface({ input: createReadStream(await this.file(), 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield line;
  }

  async remove(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

/**
 * Stores a checked batch as pending review: its parts first, its header last (so a batch is listed
 * only whole); a failure takes its parts back out. Returns the batch's id.
 */
export async function sendToReview(store: Store, spool: ReviewSpool, o: { format: string; file: string; sourceId: string | null; sentBy: string; summary: Omit<BatchSummary, 'sample'> }): Promise<string> {
  const sql = sqlOf(store);
  const id = `import-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
  try {
    let n = 0;
    for await (const line of spool.read()) await sql.run('INSERT INTO import_batch_parts (batch_id, n, batch) VALUES (?, ?, ?)', [id, ++n, line]);
    const summary: BatchSummary = { ...o.summary, sample: spool.sample };
    const at = new Date().toISOString();
    await sql.run('INSERT INTO import_batches (id, state, format, file, source_id, sent_by, sent_at, parts, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [id, 'pending', o.format, o.file, o.sourceId, o.sentBy, at, n, JSON.stringify(summary)]);
    // The desk's audit log (lib/desk/desk-store.ts), written here too: the command line has no desk session.
    await sql.run('INSERT INTO desk_audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)', [at, o.sentBy, 'import-send', id, JSON.stringify({ file: o.file, dataset: summary.dataset, counts: summary.counts })]);
    return id;
  } catch (e) {
    await sql.run('DELETE FROM import_batch_parts WHERE batch_id = ?', [id]).catch(() => undefined);
    throw e;
  } finally {
    await spool.remove();
  }
}

const batchOf = (r: BatchRow): ImportBatch => ({
  id: r.id,
  state: r.state,
  format: r.format,
  file: r.file,
  sourceId: r.source_id,
  sentBy: r.sent_by,
  sentAt: r.sent_at,
  parts: Number(r.parts),
  summary: JSON.parse(r.summary) as BatchSummary,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  comment: r.comment,
});

/**
 * How long a publish may hold a batch. One that is still "publishing" after this was interrupted
 * (its process died: the store rolled the write back, or it committed and the batch was not marked):
 * it is pending again, to publish once more (a batch already written re-publishes as unchanged).
 * 100,000 rows publish in well under a minute.
 */
export const PUBLISH_LEASE_MS = 15 * 60_000;
const leaseCutoff = () => new Date(Date.now() - PUBLISH_LEASE_MS).toISOString();
/** A batch in `state`, where a publish whose lease ran out counts as pending. */
const inState = (state: ImportBatch['state']) => (state === 'pending' ? "(state = 'pending' OR (state = 'publishing' AND decided_at < ?))" : 'state = ?');
const stateParam = (state: ImportBatch['state']) => (state === 'pending' ? leaseCutoff() : state);

/** Batches sent to review, newest first: the pending ones (with any whose publish was interrupted), or those of a state. */
export async function importBatches(store: Store, state: ImportBatch['state'] = 'pending'): Promise<ImportBatch[]> {
  return (await sqlOf(store).all<BatchRow>(`SELECT * FROM import_batches WHERE ${inState(state)} ORDER BY sent_at DESC, id LIMIT 200`, [stateParam(state)])).map(batchOf);
}

/** One batch, or undefined; a publish whose lease ran out shows it pending. */
export async function importBatch(store: Store, id: string): Promise<ImportBatch | undefined> {
  const [row] = await sqlOf(store).all<BatchRow>('SELECT * FROM import_batches WHERE id = ?', [id]);
  if (row?.state === 'publishing' && row.decided_at !== null && row.decided_at < leaseCutoff()) return { ...batchOf(row), state: 'pending', decidedBy: null, decidedAt: null };
  return row && batchOf(row);
}

/** Moves a batch from one state to another only if it is still in `from` (two publishers cannot both take it). */
export async function moveBatch(store: Store, id: string, from: ImportBatch['state'], to: ImportBatch['state'], set: { by?: string; comment?: string } = {}): Promise<boolean> {
  // A publish keeps who started it and when (its lease); a decision, who decided and when.
  const stamped = to === 'published' || to === 'rejected' || to === 'publishing';
  return (
    (await sqlOf(store).run(`UPDATE import_batches SET state = ?, decided_by = ?, decided_at = ?, comment = ? WHERE id = ? AND ${inState(from)}`, [
      to,
      stamped ? (set.by ?? null) : null,
      stamped ? new Date().toISOString() : null,
      set.comment ?? null,
      id,
      stateParam(from),
    ])) === 1
  );
}

/** A batch's parts, one at a time, in order. */
export async function* batchParts(store: Store, batch: ImportBatch): AsyncGenerator<WriteBatch> {
  for (let n = 1; n <= batch.parts; n++) {
    const [row] = await sqlOf(store).all<{ batch: string }>('SELECT batch FROM import_batch_parts WHERE batch_id = ? AND n = ?', [batch.id, n]);
    if (!row) throw new Error(`import batch ${batch.id} has lost its part ${n}`);
    yield JSON.parse(row.batch) as WriteBatch;
  }
}

/** Drops a decided batch's parts (its header stays, for the record). */
export async function dropBatchParts(store: Store, id: string): Promise<void> {
  await sqlOf(store).run('DELETE FROM import_batch_parts WHERE batch_id = ?', [id]);
}
