// In-process measurements for one data folder, on one back end; prints one JSON line.
//
//   memory: today's former in-memory index (bench/baseline/, the app's dataset at commit e9a6cea):
//           reading and validating the folder and building the index, its heap, its queries.
//   store:  the store the environment names (SQLite under STORE_DIR, or DATABASE_URL [+ DATABASE_SCHEMA]),
//           already seeded (npm run db:seed): opening it and what an instance's first request adds
//           (checking the data folder, the /api/places answer), then its queries through Store, and
//           300 whole answers of GET /api/events made as its route makes them, without HTTP.
//
// Queries: city-sized boxes (0.5°) around the generator's busy cities with 30-day spans, every one
// different (bench/queries.ts), asked one at a time after a warm-up of other ones, each answered as
// the API asks: how many match, and the first page of 500 by date (and, apart, the count alone). Counts per place: events per
// place up to a day, a different day each time (Store.countByPlace(undefined, to)).
//
// Usage: npx tsx bench/scale.ts memory|store <data-folder> [queries] [counts]
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { prepare } from '../lib/api/prepared';
import { placeFeatures } from '../lib/data/features';
import { queryEvents } from '../lib/data/query-events';
import { backendFromEnv, openStore, seedIfChanged } from '../lib/store/index';
import { buildDataset } from './baseline/dataset';
import { countInSpan, findEvents } from './baseline/event-index';
import { readDataDir } from './baseline/read-data-dir';
import { cityQueries, countDays, percentile } from './queries';

const [mode, dir, queriesArg, countsArg] = process.argv.slice(2);
if ((mode !== 'memory' && mode !== 'store') || !dir) throw new Error('usage: tsx bench/scale.ts memory|store <data-folder> [queries] [counts]');
const QUERIES = Number(queriesArg ?? 2000);
const COUNTS = Number(countsArg ?? 30);
const WARM_UP = 200;
/** The API's page: at most 500 events (DEFAULT_EVENTS_LIMIT), oldest first. */
const PAGE = { limit: 500, offset: 0, order: 'asc' as const };

// The same questions on every back end (so their answers can be compared); the warm-up asks others.
const warmUp = cityQueries(WARM_UP, 7);
const queries = cityQueries(QUERIES, 20241202).filter((q) => !warmUp.some((w) => w.city === q.city && w.from === q.from));
const days = countDays(COUNTS + 3, 1212);

type Answer = { total: number; events: unknown[] };
type Asker = { find: (q: (typeof queries)[number], limit?: number) => Promise<Answer> | Answer; count: (to: string) => Promise<Map<string, number>> | Map<string, number> };

async function timeQueries(ask: Asker) {
  for (const q of warmUp) await ask.find(q);
  const times: number[] = [];
  let matched = 0;
  let sent = 0;
  for (const q of queries) {
    const a = performance.now();
    const { total, events } = await ask.find(q);
    times.push(performance.now() - a);
    matched += total;
    sent += events.length;
  }
  // The count alone (a page of none), on a part of the same questions: what the page costs on top.
  const countOnlyTimes: number[] = [];
  for (const q of queries.slice(0, 500)) {
    const a = performance.now();
    await ask.find(q, 0);
    countOnlyTimes.push(performance.now() - a);
  }
  for (const to of days.slice(0, 3)) await ask.count(to);
  const countTimes: number[] = [];
  let placesCounted = 0;
  let counted = 0;
  for (const to of days.slice(3)) {
    const a = performance.now();
    const counts = await ask.count(to);
    countTimes.push(performance.now() - a);
    placesCounted += counts.size;
    for (const n of counts.values()) counted += n;
  }
  return {
    queries: queries.length,
    meanMatched: matched / queries.length,
    meanSent: sent / queries.length,
    query: { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: Math.max(...times) },
    countOnly: { p50: percentile(countOnlyTimes, 50), p95: percentile(countOnlyTimes, 95) },
    countQueries: countTimes.length,
    meanPlacesCounted: placesCounted / countTimes.length,
    meanCounted: counted / countTimes.length,
    counts: { p50: percentile(countTimes, 50), p95: percentile(countTimes, 95), max: Math.max(...countTimes) },
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const MiB = 1048576;

async function main() {
  if (mode === 'memory') await measureMemory();
  else await measureStore();
  process.exit(0);
}

async function measureMemory() {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const files = readDataDir(dir);
  const t1 = performance.now();
  const data = buildDataset(files);
  const t2 = performance.now();
  gc?.();
  const memory = process.memoryUsage();
  const index = data.eventIndex;
  const timed = await timeQueries({
    find: (q, limit = PAGE.limit) => {
      const found = findEvents(index, q);
      return { total: found.length, events: found.slice(PAGE.offset, PAGE.offset + limit) };
    },
    count: (to) => {
      const counts = new Map<string, number>();
      for (const id of index.placeIds) {
        const n = countInSpan(index, id, undefined, to);
        if (n > 0) counts.set(id, n);
      }
      return counts;
    },
  });
  console.log(
    JSON.stringify({
      mode,
      events: data.events.length,
      places: data.places.length,
      sources: data.sources.size,
      readMs: t1 - t0,
      buildMs: t2 - t1,
      loadMs: t2 - t0,
      heapMiB: (memory.heapUsed - heapBefore) / MiB,
      rssMiB: memory.rss / MiB,
      ...timed,
    }),
  );
}

async function measureStore() {
  const t0 = performance.now();
  const store = await openStore(backendFromEnv, { seedDir: null });
  const t1 = performance.now();
  // What an instance does on its first request besides booting: open the store (above), check that
  // the data folder has not changed since it was seeded (names, sizes and times of its files), and
  // answer /api/places (the whole-map records and every place's count).
  const reseeded = await seedIfChanged(store, dir);
  const t2 = performance.now();
  const placesAnswer = prepare(placeFeatures(await store.situation(), await store.countByPlace()), 'application/geo+json');
  const t3 = performance.now();
  let files = 0;
  const walk = (d: string): void => void readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : files++));
  walk(dir);
  const firstRequest = { folderCheckMs: t2 - t1, reseeded, folderFiles: files, placesAnswerMs: t3 - t2, placesAnswerBytes: placesAnswer.body.length };
  const { total: events } = await store.findEvents({}, { limit: 1, offset: 0, order: 'asc' });
  const places = (await store.situation()).placeById.size;
  const timed = await timeQueries({ find: (q, limit = PAGE.limit) => store.findEvents(q, { ...PAGE, limit }), count: (to) => store.countByPlace(undefined, to) });
  // The whole answer of GET /api/events, as its route makes it but without HTTP: the query, the
  // sources cited, the features, the JSON and its ETag (lib/data/query-events.ts, lib/api/respond.ts).
  const answerTimes: number[] = [];
  let answerBytes = 0;
  for (const q of queries.slice(0, 300)) {
    const a = performance.now();
    const prepared = prepare(await queryEvents(store, { bbox: q.bbox, from: q.from, to: q.to }), 'application/geo+json');
    answerTimes.push(performance.now() - a);
    answerBytes += prepared.body.length;
  }
  const answer = { queries: answerTimes.length, p50: percentile(answerTimes, 50), p95: percentile(answerTimes, 95), meanBytes: answerBytes / answerTimes.length };
  const rss = process.memoryUsage().rss / MiB;
  await store.close();
  console.log(JSON.stringify({ mode, backend: store.kind, events, places, openMs: t1 - t0, firstRequest, rssMiB: rss, ...timed, answer }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
