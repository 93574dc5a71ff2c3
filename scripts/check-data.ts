// Validates a data folder (data/, or DATA_DIR) by writing it into a throwaway in-memory store with
// the store's own checks: exits 1 naming the file, the record and the reason.
import { DataError } from '../lib/data/data-error';
import { openStore } from '../lib/store/index';
import { dataDir } from '../lib/store/seed';
import { SqliteBackend } from '../lib/store/sqlite';

async function main() {
  const store = await openStore(async () => new SqliteBackend(':memory:'), { seedDir: dataDir() });
  const s = await store.situation();
  const span = await store.span();
  const events = [...(await store.countByPlace()).values()].reduce((a, b) => a + b, 0);
  const periods = [...s.periodsByArea.values()].flat().length;
  console.log(`data ok: ${s.places.length} places, ${events} events, ${s.areaById.size} areas with ${periods} control periods, ${s.flows.length} flows, ${s.itineraries.length} itineraries; every quote found verbatim in its archived source; timeline ${span.start} to ${span.end}`);
  await store.close();
}

main().catch((e) => {
  if (!(e instanceof DataError)) throw e;
  console.error(`data error: ${e.message}`);
  process.exit(1);
});
