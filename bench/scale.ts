// In-process scale measurements for one data folder: load and index time, memory, and the time of
// bbox + date-range queries (the index alone, and the API's page of features). Prints one JSON line.
// Usage: npx tsx bench/scale.ts <data-folder> [queries]
import { buildDataset } from '../lib/data/dataset';
import { findEvents } from '../lib/data/event-index';
import { queryEvents } from '../lib/data/query-events';
import { readDataDir } from '../lib/data/read-data-dir';
import { addDays } from '../lib/dates/period';
import { CITY_CENTRES, cityBbox, mulberry32, percentile } from './queries';

const dir = process.argv[2];
const QUERIES = Number(process.argv[3] ?? 2000);
if (!dir) throw new Error('usage: tsx bench/scale.ts <data-folder> [queries]');

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const files = readDataDir(dir);
const t1 = performance.now();
const data = buildDataset(files);
const t2 = performance.now();
gc?.();
const memory = process.memoryUsage();

const random = mulberry32(20241202);
const { start, end } = data.span;
const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
const queries = Array.from({ length: QUERIES }, () => {
  const [lon, lat] = CITY_CENTRES[Math.floor(random() * CITY_CENTRES.length)].coordinates;
  const from = addDays(start, Math.floor(random() * Math.max(1, days - 30)));
  return { bbox: cityBbox(lon, lat), from, to: addDays(from, 29) };
});
// Warm the JIT, then time each query alone.
for (const q of queries.slice(0, 200)) findEvents(data.eventIndex, q);
const indexTimes: number[] = [];
const pageTimes: number[] = [];
let matched = 0;
for (const q of queries) {
  const a = performance.now();
  matched += findEvents(data.eventIndex, q).length;
  const b = performance.now();
  queryEvents(data, q);
  const c = performance.now();
  indexTimes.push(b - a);
  pageTimes.push(c - b);
}
const scanTimes: number[] = [];
for (const q of queries.slice(0, 50)) {
  const a = performance.now();
  data.events.filter((e) => e.date <= q.to && e.date >= q.from && data.placeById.get(e.placeId)!.coordinates[0] >= q.bbox[0]);
  scanTimes.push(performance.now() - a);
}

console.log(
  JSON.stringify({
    events: data.events.length,
    places: data.places.length,
    sources: data.sources.size,
    readMs: t1 - t0,
    buildMs: t2 - t1,
    heapMiB: (memory.heapUsed - heapBefore) / 1048576,
    rssMiB: memory.rss / 1048576,
    queries: QUERIES,
    meanMatches: matched / QUERIES,
    index: { p50: percentile(indexTimes, 50), p95: percentile(indexTimes, 95), p99: percentile(indexTimes, 99) },
    page: { p50: percentile(pageTimes, 50), p95: percentile(pageTimes, 95), p99: percentile(pageTimes, 99) },
    scanP50: percentile(scanTimes, 50),
  }),
);
