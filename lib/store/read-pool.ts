import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError } from '@/lib/api/api-error';
import type { Prepared } from '@/lib/api/prepared';
import type { EventsQuery } from '@/lib/contract/queries';
import { wholeNumberSetting } from './setting';
import { SqliteBackend } from './sqlite';
import type { Store } from './store';

/** A page of events asked of a worker: the query (already checked), its URL (for `next`), and the version the asking process knows. */
export type ReadRequest = { id: number; version: number; query: EventsQuery; url: string };
/** A worker's answer: the page serialized, or the error it met (a client's error keeps its status and parameter). */
export type ReadReply =
  | { id: number; ok: true; prepared: Prepared }
  | { id: number; ok: false; error: { status?: ApiError['status']; code?: string; message: string; param?: string } };

/**
 * What each worker may hold, so that an instance stays small (under 400 MB at a million events
 * with two workers): a smaller page cache and fewer kept sources than the main thread's, a young
 * generation collected often rather than grown, and an old generation collected before it passes
 * 96 MB. A worker's live heap at a million events is about 23 MB; left alone, V8 let it grow to 78.
 */
const WORKER_MEMORY = {
  store: { cacheKiB: 8_000, keptSources: 4_000 },
  heap: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 },
};

type Pending = { resolve: (p: Prepared) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; pending: Map<number, Pending> };

/**
 * Worker threads that answer pages of events from the SQLite file, each on a connection of its
 * own. A page at a million events costs a few milliseconds of reading, building and serializing;
 * on the main thread those milliseconds queue every other request behind them, and leave the
 * machine's other cores idle. Here the main thread only passes the request on and the answer back.
 * A worker that dies is replaced on the next request; its requests fail with the reason.
 */
export class ReadPool {
  private readonly slots: (Slot | undefined)[];
  private nextId = 1;
  private closed = false;

  constructor(
    readonly file: string,
    readonly size: number,
  ) {
    this.slots = new Array(size).fill(undefined);
  }

  /** How many requests are waiting on each worker (the tests read it). */
  get load(): number[] {
    return this.slots.map((s) => s?.pending.size ?? 0);
  }

  /** One page of events, serialized, answered by the least busy worker at `version` or later. */
  eventsPage(query: EventsQuery, url: URL, version: number): Promise<Prepared> {
    if (this.closed) return Promise.reject(new Error('the read pool is closed'));
    let best = 0;
    for (let i = 1; i < this.slots.length; i++) if ((this.slots[i]?.pending.size ?? 0) < (this.slots[best]?.pending.size ?? 0)) best = i;
    const slot = (this.slots[best] ??= this.spawn(best));
    const id = this.nextId++;
    return new Promise<Prepared>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, version, query, url: url.href } satisfies ReadRequest);
    });
  }

  /** Starts every worker now (each opens the store and reads the whole-map records), so that the first page asked waits for none. */
  warm(): this {
    for (let i = 0; i < this.slots.length; i++) this.slots[i] ??= this.spawn(i);
    return this;
  }

  private spawn(index: number): Slot {
    // Under Next the worker is bundled to JavaScript (Turbopack follows this exact form); run from
    // source (tests, scripts) it is TypeScript, which tsx's require hook loads.
    const options = { workerData: { file: this.file, ...WORKER_MEMORY.store }, resourceLimits: WORKER_MEMORY.heap };
    const worker = import.meta.url.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(path.join(path.dirname(fileURLToPath(import.meta.url)), 'read-worker.ts'))});`, { ...options, eval: true })
      : new Worker(new URL('./read-worker.ts', import.meta.url), options);
    worker.unref();
    const slot: Slot = { worker, pending: new Map() };
    const fail = (error: Error) => {
      if (this.slots[index] === slot) this.slots[index] = undefined;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    };
    worker.on('message', (reply: ReadReply) => {
      const waiting = slot.pending.get(reply.id);
      if (!waiting) return;
      slot.pending.delete(reply.id);
      if (reply.ok) return waiting.resolve(reply.prepared);
      const { status, code, message, param } = reply.error;
      waiting.reject(status && code ? new ApiError(status, code, message, param) : new Error(message));
    });
    worker.on('error', (e) => fail(e));
    worker.on('exit', (code) => fail(new Error(`a read worker stopped (exit code ${code})`)));
    return slot;
  }

  /** Stops every worker; requests still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s?.worker.terminate()));
  }
}

/**
 * How many read workers a server keeps: STORE_READ_WORKERS if set (0 turns them off), else one per
 * core, at most four; none on one core (a worker would only queue behind the main thread). On two
 * cores, two workers answered 1.2 to 1.5 times the requests of one at a million events, side by
 * side, with a lower p99 (the main thread's share of a request is small: Next and the copy out).
 */
export function readWorkerCount(env = process.env.STORE_READ_WORKERS, cores = availableParallelism()): number {
  return wholeNumberSetting('STORE_READ_WORKERS', env, 0, 64) ?? (cores >= 2 ? Math.min(cores, 4) : 0);
}

const POOL = Symbol.for('situation-map.read-pool');

/** The process's read pool for this store, made on first use: only for an SQLite file, and only when workers are wanted. A store on another file gets a pool of its own (the old one is closed). */
export function readPool(store: Store): ReadPool | undefined {
  const holder = globalThis as { [POOL]?: { file: string; pool: ReadPool | null } };
  const backend = store.backend;
  if (!(backend instanceof SqliteBackend) || backend.file === ':memory:') return undefined;
  const held = holder[POOL];
  if (held?.file === backend.file) return held.pool ?? undefined;
  void held?.pool?.close();
  let size = 0;
  try {
    size = readWorkerCount();
  } catch (e) {
    console.error(`${(e as Error).message}: the main thread answers every request until it is fixed`);
  }
  holder[POOL] = { file: backend.file, pool: size > 0 ? new ReadPool(backend.file, size) : null };
  return holder[POOL].pool ?? undefined;
}
