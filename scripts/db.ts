// npm run db:migrate: creates or upgrades the store's schema (SQLite under STORE_DIR, or DATABASE_URL).
// npm run db:seed [-- DIR]: writes a data folder (data/, DATA_DIR or DIR) into the store, checked, in one transaction.
import { DataError } from '../lib/data/data-error';
import { backendFromEnv, openStore, seedIfChanged } from '../lib/store/index';
import { dataDir } from '../lib/store/seed';

async function main() {
  const [command, dir] = process.argv.slice(2);
  if (command !== 'migrate' && command !== 'seed') {
    console.error('usage: tsx scripts/db.ts migrate | seed [DIR]');
    process.exit(2);
  }
  const started = performance.now();
  const store = await openStore(backendFromEnv, { seedDir: null });
  const where = process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  if (command === 'migrate') console.log(`${where} store migrated; version ${store.version}`);
  else {
    const wrote = await seedIfChanged(store, dir ?? dataDir());
    console.log(wrote ? `seeded the ${where} store from ${dir ?? dataDir()} in ${((performance.now() - started) / 1000).toFixed(1)} s; version ${store.version}` : `the ${where} store already holds ${dir ?? dataDir()} as it is; version ${store.version}`);
  }
  await store.close();
}

main().catch((e) => {
  console.error(e instanceof DataError ? `data error: ${e.message}\nnothing was written` : `db: ${(e as Error).message}`);
  process.exit(1);
});
