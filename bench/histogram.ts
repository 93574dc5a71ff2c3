// The timeline's histogram at scale, in process: Store.histogram (countByFirstDay, then bucketing)
// on a SQLite store of N events, without the rest of a seed (no sources, no checks): the events
// table and its indexes filled directly, each event's record a stub, which the histogram never
// reads (its queries are answered from the indexes, apart from the box one, which reads each row's
// point). Events are drawn as bench/generate.ts spreads them in time: 2012-01-01..2024-11-24, a
// quarter of them of week, month or year precision, 3,000 places around the eight busy cities.
//
// Usage: npx tsx bench/histogram.ts <events> <sqlite-file>   (prints one JSON line)
// With REUSE=1 and the file already there (made by an earlier run), it is opened (and migrated) as it is.
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { chooseBucket } from '../lib/dates/buckets';
import { periodEnd } from '../lib/dates/period';
import { dayNumber } from '../lib/store/days';
import { Store } from '../lib/store/store';
import { SqliteBackend } from '../lib/store/sqlite';
import { CITY_CENTRES, cityBbox, DATA_FIRST_DAY, DATA_LAST_DAY, mulberry32, percentile } from './queries';

async function main() {
  const [eventsArg, file] = process.argv.slice(2);
  const N = Number(eventsArg);
  if (!N || !file) throw new Error('usage: tsx bench/histogram.ts <events> <sqlite-file>');
  const reuse = process.env.REUSE === '1' && existsSync(file);
  if (!reuse) for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) rmSync(f);

  const backend = new SqliteBackend(file);
  const m0 = performance.now();
  await backend.migrate();
  const migrateMs = performance.now() - m0;
  const random = mulberry32(13);
  const first = dayNumber(DATA_FIRST_DAY);
  const days = dayNumber(DATA_LAST_DAY) - first + 1;
  const CATEGORIES = ['military', 'diplomatic', 'humanitarian', 'political'];
  const PRECISIONS = ['day', 'day', 'day', 'week', 'month', 'year'] as const;
  const places = Array.from({ length: 3000 }, (_, i) => {
    const [lon, lat] = CITY_CENTRES[i % CITY_CENTRES.length].coordinates;
    return { id: `p${i}`, lon: lon + (random() - 0.5) * 1.5, lat: lat + (random() - 0.5) * 1.5 };
  });

  const t0 = performance.now();
  if (!reuse) {
    // Straight to the database file the back end opened: the histogram's columns and indexes, as a seed writes them.
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    const put = db.prepare('INSERT INTO events (id, place_id, date, start_day, end_day, category, record, retracted, lon, lat) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)');
    const box = db.prepare('INSERT INTO events_rtree (n, min_lon, max_lon, min_lat, max_lat, min_day, max_day) VALUES (?, ?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (let i = 0; i < N; i++) {
        const place = places[Math.floor(random() * places.length)];
        const precision = PRECISIONS[Math.floor(random() * PRECISIONS.length)];
        let date = new Date((first + Math.floor(random() * days)) * 86_400_000).toISOString().slice(0, 10);
        if (precision === 'month') date = `${date.slice(0, 7)}-01`;
        if (precision === 'year') date = `${date.slice(0, 4)}-01-01`;
        const start = dayNumber(date);
        const end = dayNumber(periodEnd(date, precision));
        const n = put.run(`e${i}`, place.id, date, start, end, CATEGORIES[i % 4], '{}', place.lon, place.lat).lastInsertRowid;
        box.run(n, place.lon, place.lon, place.lat, place.lat, start, end);
      }
    })();
    db.exec('ANALYZE');
    db.close();
  }
  const fillMs = performance.now() - t0;

  const store = new Store(backend);
  await store.open();
  const unit = chooseBucket(DATA_FIRST_DAY, DATA_LAST_DAY);
  /** Times a histogram question 21 times, each through a new Store (none answered from kept answers; the first apart, as cold), then once more as kept. */
  async function time(label: string, filter: Parameters<Store['histogram']>[0], from = DATA_FIRST_DAY, to = DATA_LAST_DAY) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 21; i++) {
      const fresh = new Store(backend);
      await fresh.open();
      const a = performance.now();
      total = (await fresh.histogram(filter, unit, from, to)).total;
      times.push(performance.now() - a);
    }
    await store.histogram(filter, unit, from, to);
    const a = performance.now();
    await store.histogram(filter, unit, from, to);
    const kept = performance.now() - a;
    return { label, total, p50Ms: round(percentile(times.slice(1), 50)), maxMs: round(Math.max(...times.slice(1))), firstMs: round(times[0]), keptMs: round(kept) };
  }
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const [lon, lat] = CITY_CENTRES[0].coordinates;
  const results = [
    await time('whole span', {}),
    await time('whole span, one category', { category: 'military' }),
    await time('whole span, one place', { place: 'p0' }),
    await time('whole span, a city box (0.5°)', { bbox: cityBbox(lon, lat) }),
    await time('one year', {}, '2018-01-01', '2018-12-31'),
  ];
  console.log(JSON.stringify({ events: N, unit, reused: reuse, migrateMs: Math.round(migrateMs), fillMs: Math.round(fillMs), results }));
  await store.close();
}

void main();
