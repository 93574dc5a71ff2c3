import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { StoreUnavailable, type Backend } from './backend';
import { dataDir, readSeed } from './seed';
import { SqliteBackend } from './sqlite';
import { Store } from './store';

export { Store } from './store';
export type { Span } from './store';

const STORE = Symbol.for('situation-map.store');
const OPENED = Symbol.for('situation-map.store.opened');
type Holder = { [STORE]?: Promise<Store>; [OPENED]?: Store };

/** Where the embedded store keeps its file: STORE_DIR, or .data/ under the working directory. */
export const storeFile = () => path.join(/* turbopackIgnore: true */ process.env.STORE_DIR ?? path.join(process.cwd(), '.data'), 'situation.sqlite');

/** The back end the environment asks for: PostgreSQL when DATABASE_URL is set (in DATABASE_SCHEMA, if given), else the embedded SQLite file. */
export async function backendFromEnv(): Promise<Backend> {
  const url = process.env.DATABASE_URL;
  if (url) return new (await import('./postgres')).PostgresBackend(url, { schema: process.env.DATABASE_SCHEMA || undefined });
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
  holder[STORE] ??= openStore(backendFromEnv).then((store) => (holder[OPENED] = store)).catch((e) => {
    delete holder[STORE];
    throw e instanceof StoreUnavailable ? e : new StoreUnavailable(e);
  });
  return holder[STORE];
}

/** The process's store if it is open already, without waiting (the proxy's fast path). */
export const openedStore = (): Store | undefined => (globalThis as Holder)[OPENED];

/** Opens a store on a back end: migrated, seeded from the data folder if it changed, watching for writes. */
export async function openStore(make: () => Promise<Backend>, options: { seedDir?: string | null } = {}): Promise<Store> {
  const backend = await make();
  try {
    await backend.migrate();
    const store = new Store(backend);
    const dir = options.seedDir === undefined ? dataDir() : options.seedDir;
    if (dir) await seedIfChanged(store, dir);
    await store.open();
    return store;
  } catch (e) {
    await backend.close().catch(() => undefined);
    throw e;
  }
}

/** Writes the data folder into the store when its files differ from the last ones written (by name, size and time). */
export async function seedIfChanged(store: Store, dir: string): Promise<boolean> {
  const print = fingerprint(dir);
  if ((await store.backend.getMeta('seed')) === print) return false;
  await store.write(readSeed(dir), { by: `seed ${path.basename(dir)}` });
  await store.backend.setMeta('seed', print);
  return true;
}

/** Names, sizes and modification times of a data folder's files: cheap to read at a million events. */
function fingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else parts.push(`${path.relative(dir, p)}:${s.size}:${s.mtimeMs}`);
    }
  };
  walk(dir);
  return `${path.resolve(dir)}|${parts.join('|')}`;
}
