// npm run data:apply -- FILE.json [--dry-run]: writes records in the data/ format into the running
// store (SQLite under STORE_DIR, or DATABASE_URL), checked by the same rules as data/, in one
// transaction. Open pages and embeds show the change within seconds.
import { DataError } from '../lib/data/data-error';
import { readApplyFile } from '../lib/store/apply-file';
import { batchSize } from '../lib/store/batch';
import { backendFromEnv, openStore } from '../lib/store/index';

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run');
  if (!file || unknown.length) {
    console.error(`usage: npm run data:apply -- FILE.json [--dry-run]${unknown.length ? ` (unknown option ${unknown[0]})` : ''}`);
    process.exit(2);
  }
  const batch = readApplyFile(file);
  const store = await openStore(backendFromEnv);
  console.log(`writing ${batchSize(batch)} records from ${file} in one transaction`);
  const result = await store.write(batch, { dryRun: args.includes('--dry-run'), by: `data:apply ${file}` });
  const { inserted, updated, unchanged, retracted } = result.counts;
  const what = `${inserted} new, ${updated} updated, ${unchanged} unchanged, ${retracted} retracted`;
  if (result.dryRun) console.log(`dry run: would write ${what}; nothing was written`);
  else if (result.kinds.length === 0) console.log(`nothing changed (${what}); the store stays at version ${result.version}`);
  else console.log(`applied ${file}: ${what}; the store is at version ${result.version} (changed: ${result.kinds.join(', ')})`);
  await store.close();
}

main().catch((e) => {
  if (e instanceof DataError) {
    console.error(`data error: ${e.message}\nnothing was written`);
    process.exit(1);
  }
  console.error(`data:apply failed: ${(e as Error).message}\nnothing was written`);
  process.exit(1);
});
