// Validates data/ at build: exits 1 naming the file, the record and the reason.
import { buildDataset } from '../lib/data/dataset';
import { DataError } from '../lib/data/data-error';
import { readDataDir } from '../lib/data/read-data-dir';

try {
  const data = buildDataset(readDataDir());
  const quotes = data.events.reduce((n, e) => n + e.sources.length, 0);
  const periods = [...data.periodsByArea.values()].flat();
  const cited = quotes + periods.reduce((n, p) => n + p.sources.length, 0);
  const movementQuotes = data.flows.reduce((n, f) => n + f.sources.length, 0);
  console.log(`data ok: ${data.places.length} places, ${data.events.length} events, ${data.areaById.size} areas with ${periods.length} control periods, ${data.flows.length} flows, ${data.itineraries.length} itineraries, ${cited + movementQuotes} quotes found verbatim in ${data.sources.size} archived source(s); timeline ${data.span.start} to ${data.span.end}`);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(`data error: ${e.message}`);
  process.exit(1);
}
