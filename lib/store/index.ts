import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { StoreUnavailable, type Backend } from './backend';
import { dataDir, readSeed } from './seed';
import { readPool } from './read-pool';
import { SqliteBackend } from './sqlite';
import { Store } from './store';

export { Store } from './store';
export type { Span } from './store';

const STORE = Symbol.for('situation-map.store');
const OPENED = Symbol.for('situation-map.store.opened');
type Holder = { [STORE]?: Promise<Store>; [OPENED]?: Store };

/** Where the embedded store keeps its file: STORE_DIR, or .data/ under the working directory. */
export const storeFile = () => path.join(/* turbopackIgnore: true */ process.env.STORE_DIR ?? path.join(process.cwd(), '.data'), 'situation.sqlite');

/** The back end the environment asks for: PostgreSQL when DATABASE_URL is set (in DATABASE_SCHEMA, if given; DATABASE_POOL_MAX connections), else the embedded SQLite file. */
export async function backendFromEnv(): Promise<Backend> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { defaultPoolSize, PostgresBackend, poolSize } = await import('./postgres');
    let max: number | undefined;
    try {
      max = poolSize();
    } catch (e) {
      console.error(`${(e as Error).message}: using ${(max = defaultPoolSize())} connections until it is fixed`);
    }
    return new PostgresBackend(url, { schema: process.env.DATABASE_SCHEMA || undefined, max });
  }
  return new SqliteBackend(storeFile());
}

/**
 * The process's store, opened once (kept on globalThis: Next bundles pages, routes and the proxy
 * separately, and they must share one connection and one set of kept answers). On first use it
 * creates or migrates the schema and, when data/ has changed since it was last read, writes it in.
 * A store that cannot be opened is tried again on the next call.
 */
export function getStore(): Promise<Store> {
  const holder = globalThis as Holder;
  holder[STORE] ??= openStore(backendFromEnv, { seedCheck: 'background' })
    .then((store) => {
      // The read workers start while the first requests (places, counts) are answered: a worker
      // takes most of a second to start and read the whole-map records at a million events.
      readPool(store)?.warm();
      return (holder[OPENED] = store);
    })
    .catch((e) => {
      delete holder[STORE];
      throw e instanceof StoreUnavailable ? e : new StoreUnavailable(e);
    });
  return holder[STORE];
}

/** The process's store if it is open already, without waiting (the proxy's fast path). */
export const openedStore = (): Store | undefined => (globalThis as Holder)[OPENED];

/**
 * Opens a store on a back end: migrated, seeded from the data folder if it changed, watching for
 * writes. With `seedCheck: 'background'` (the server), a store seeded before opens at once and
 * the folder is compared in the background (at a million events it holds 125,000 files): a change
 * is written in then, and open pages hear of it as of any other write. A store never seeded is
 * always seeded before it opens.
 */
export async function openStore(make: () => Promise<Backend>, options: { seedDir?: string | null; seedCheck?: 'wait' | 'background' } = {}): Promise<Store> {
  const backend = await make();
  try {
    await backend.migrate();
    const store = new Store(backend);
    const dir = options.seedDir === undefined ? dataDir() : options.seedDir;
    const later = dir && options.seedCheck === 'background' && (await backend.getMeta('seed')) !== null;
    if (dir && !later) await seedIfChanged(store, dir);
    await store.open();
    if (dir && later) {
      seedIfChanged(store, dir).catch((e) => console.error(`The data folder ${dir} could not be written into the store: ${(e as Error).message}`));
    }
    return store;
  } catch (e) {
    await backend.close().catch(() => undefined);
    throw e;
  }
}

/** Writes the data folder into the store when its files differ from the last ones written (by name, size and time). */
export async function seedIfChanged(store: Store, dir: string): Promise<boolean> {
  const print = await fingerprint(dir);
  if ((await store.backend.getMeta('seed')) === print) return false;
  await store.write(readSeed(dir), { by: `seed ${path.basename(dir)}` });
  await store.backend.setMeta('seed', print);
  return true;
}

/** Files stat'ed between two turns of the event loop while a data folder is fingerprinted (about 2 ms of work). */
const STAT_SLICE = 400;

/**
 * A digest of a data folder's file names, sizes and modification times: cheap to read at a
 * million events. The times are read synchronously, a slice at a time, yielding to the server
 * between slices: at 125,000 files that is about 0.6 s of work in 2 ms pieces, where reading them
 * as promises cost the main thread three times as much, spread over seconds of requests.
 */
async function fingerprint(dir: string): Promise<string> {
  const files: string[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) if (!e.isDirectory()) files.push(path.join(d, e.name));
    for (const e of entries) if (e.isDirectory()) walk(path.join(d, e.name));
  };
  walk(dir);
  const parts: string[] = [];
  for (let i = 0; i < files.length; i += STAT_SLICE) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const file of files.slice(i, i + STAT_SLICE)) {
      const stats = statSync(file, { throwIfNoEntry: false });
      parts.push(`${path.relative(dir, file)}:${stats?.size ?? 'gone'}:${stats?.mtimeMs ?? 0}`);
    }
  }
  return `sha256:${createHash('sha256').update(`${path.resolve(dir)}|${parts.join('|')}`).digest('hex')}`;
}
