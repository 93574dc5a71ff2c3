// npm run bench: the app measured side by side with the best it could be, on a production build.
//   1. First render of /embed against bench/reference (the same style and data, plain maplibre-gl).
//   2. Weight: JavaScript and total bytes transferred (compressed), against maplibre-gl's own files.
//   3. API: /api/events against the same bytes from a bare Node http server and from Next's static
//      file serving (public/), and 304 revalidation.
//      (1–3 on the default store: SQLite, seeded from data/.)
//   4. Scale: synthetic datasets of 10,000, 100,000 and 1,000,000 events (bench/generate.ts), each
//      on three back ends side by side: the former in-memory index (bench/baseline/, in process
//      only: the app has no server for it any more), SQLite and PostgreSQL. Load time (db:seed),
//      instance start, instance memory, city + 30-day queries in process (p50/p95), counts per
//      place, and the API's p99 through `next start` at 10 connections; on SQLite also the first
//      render with every event and frame times while panning.
//   5. Propagation, last: two instances on one store; an event written with `npm run data:apply`
//      is timed until it shows on each instance's open page (tolerant: a page that never shows it
//      is reported, not fatal).
// Run with tsx loaded (npm run bench), for the shared query helpers in bench/queries.ts.
// Writes bench/RESULTS.md (and bench/results.json). Options (environment):
//   BENCH_SIZES=10000,100000  the synthetic sizes (default 10000,100000,1000000)
//   BENCH_RUNS=7              first-render runs per page (default 7)
//   BENCH_NO_BUILD=1          use the existing build instead of building first
//   BENCH_DATABASE_URL        the PostgreSQL database (PostGIS and btree_gist available) to work in,
//                             in schemas of its own (bench_<size>), dropped afterwards. Without it, a
//                             throwaway cluster of the bench's own (scripts/pg-cluster.sh with PG_DIR
//                             $TMPDIR/situation-map-bench-pg, port BENCH_PG_PORT or 55439), started for
//                             the run and stopped after it: never the tests' cluster, which their runs
//                             start, stop and reset while the bench would be using it
//   BENCH_NO_POSTGRES=1       SQLite and the in-memory baseline only
//   BENCH_IMPORT_ROWS=100000  UCDP-shaped rows for the import speed (bench/import.mjs); 0 skips it
//   BENCH_NO_LIGHTHOUSE=1     without the Lighthouse runs (bench/lighthouse.mjs; LH_RUNS, default 3)
import { execFileSync, execSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import { chromium, devices } from '@playwright/test';
import { startStaticServer } from './reference/server.mjs';
import { bundleAnalysis } from './bundle.mjs';
import { lighthouseBench } from './lighthouse.mjs';
import { treeRssMiB } from './process-memory.mjs';
import { CITY_CENTRES, CITY_HALF_SIDE, cityQueries, cityQueryPath, SPAN_DAYS } from './queries.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
process.chdir(ROOT);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number).filter((n) => n > 0);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCALE_RUNS = Math.max(3, Math.ceil(RUNS / 2));
const APP_PORT = 3400;
const REF_PORT = 3401;
const BARE_PORT = 3402;
const B_PORT = 3403;
const APP = `http://127.0.0.1:${APP_PORT}`;
const REF = `http://127.0.0.1:${REF_PORT}`;
const WORK = path.join(os.tmpdir(), 'situation-map-bench');
const STATIC_FILE = path.join(ROOT, 'public', 'bench-events.json');
/** Seconds of API load per back end and size (longer at a million events, for enough requests to read a p99 from), and of warm-up before the instance's memory is read. */
const apiSeconds = (size) => (size >= 1_000_000 ? 20 : 8);
const WARM_SECONDS = 3;
/** How long the propagation waits for the event on a page before it reports that it never came. */
const PROPAGATION_TIMEOUT_MS = 30_000;
/** The city whose page is open while an event is written there. */
const LIVE_CITY = 'aleppo';
const started = Date.now();
const log = (...args) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes) => bytes / 1000;
/** MiB (what /proc reports, in KiB) to MB, the goals' unit. */
const mb = (mib) => (mib * 1048576) / 1e6;
const load1 = () => Number(os.loadavg()[0].toFixed(2));
const cleanups = [];
const cleanup = () => {
  while (cleanups.length) {
    try {
      cleanups.pop()();
    } catch {}
  }
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

// ---------------------------------------------------------------------------------------------
// Child processes, servers and load

/** Runs a command to its end: exit code, output and wall time; never throws. */
function run(command, args, { env = process.env, input } = {}) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(command, args, { env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    if (input !== undefined) child.stdin.end(input);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), signal, stdout, stderr, ms: performance.now() - t0 }));
  });
}

/** The environment of a back end: the store it names, and the data folder it was seeded from (so nothing seeds again). */
function storeEnv(backend, { size, dataDir }) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.NODE_OPTIONS;
  if (dataDir) env.DATA_DIR = dataDir;
  else delete env.DATA_DIR;
  delete env.DATABASE_SCHEMA;
  if (backend === 'postgres') {
    env.DATABASE_URL = PG.url;
    env.DATABASE_SCHEMA = schemaOf(size);
  } else {
    env.DATABASE_URL = '';
    env.STORE_DIR = storeDirOf(size);
  }
  return env;
}
const storeDirOf = (size) => path.join(WORK, `store-${size ?? 'real'}`);
const schemaOf = (size) => `bench_${size ?? 'real'}`;

/**
 * Starts `next start` on the build in a process group of its own, with a store. Resolves once it
 * has answered /api/places with 200 and then a first city query on /api/events: the instance's
 * start time, from the spawn. `stop()` ends the whole group.
 */
async function startNext(env, { port = APP_PORT, firstQuery = null } = {}) {
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20_000)));
  let exited = false;
  const gone = new Promise((r) => child.on('exit', () => ((exited = true), r())));
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {}
  };
  cleanups.push(() => kill('SIGKILL'));
  const stop = async () => {
    kill('SIGTERM');
    await Promise.race([gone, sleep(10_000)]);
    kill('SIGKILL');
    await sleep(300);
  };
  let placesMs = null;
  for (let i = 0; i < 6000 && placesMs === null && !exited; i++) {
    try {
      if ((await fetch(`${base}/api/places`)).ok) placesMs = performance.now() - t0;
    } catch {}
    if (placesMs === null) await sleep(25);
  }
  if (placesMs === null) {
    await stop();
    throw new Error(`next start (port ${port}) ${exited ? 'exited' : 'did not answer /api/places within 150 s'}:\n${stderr.slice(-3000)}`);
  }
  let startMs = placesMs;
  let firstQueryStatus = null;
  if (firstQuery) {
    const res = await fetch(`${base}${firstQuery}`);
    await res.arrayBuffer();
    firstQueryStatus = res.status;
    startMs = performance.now() - t0;
  }
  return { base, pid: child.pid, placesMs, startMs, firstQueryStatus, stop, stderr: () => stderr };
}

/** autocannon for a few seconds: requests per second, latency percentiles, and anything that went wrong. */
function cannon(opts) {
  return new Promise((resolve, reject) =>
    autocannon({ connections: 10, duration: 5, ...opts }, (err, r) => {
      if (err) return reject(err);
      const codes = r.statusCodeStats ?? {};
      resolve({ rps: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, requests: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx, codes: Object.fromEntries(Object.entries(codes).map(([k, v]) => [k, v.count])) });
    }),
  );
}

/** autocannon over a list of paths, each request the next one (a list longer than the run: none is asked twice). */
function cannonPaths(base, paths, opts) {
  let n = 0;
  return cannon({ url: base, ...opts, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[n++ % paths.length] }) }] }).then((r) => ({ ...r, distinctPaths: Math.min(n, paths.length), repeated: Math.max(0, n - paths.length) }));
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: the database the bench works in (schemas of its own), or none

const PG = { url: null, note: null, startedHere: false, own: false };
// shared_buffers at a quarter of the machine's memory, as PostgreSQL's manual advises for a
// server of its own (managed databases set about as much): its default, 128 MB, holds a
// seventeenth of a million events' tables and indexes (2.2 GB), and a city query then copied
// about 230 pages in from the kernel's cache: at 1M, 1.4 ms of the server's system time a request
// against 0.5 with 1 GB (by hand, one after the other).
const PG_CLUSTER_ENV = { ...process.env, PG_DIR: path.join(os.tmpdir(), 'situation-map-bench-pg'), PG_PORT: process.env.BENCH_PG_PORT ?? '55439', PG_SHARED_BUFFERS: `${Math.floor(os.totalmem() / 4 / 2 ** 20)}MB` };
if (process.env.BENCH_NO_POSTGRES) PG.note = 'skipped (BENCH_NO_POSTGRES)';
else if (process.env.BENCH_DATABASE_URL) PG.url = process.env.BENCH_DATABASE_URL;
else {
  const cluster = spawnSync('scripts/pg-cluster.sh', ['start'], { encoding: 'utf8', env: PG_CLUSTER_ENV });
  if (cluster.status === 0 && cluster.stdout.trim()) {
    PG.url = cluster.stdout.trim();
    PG.own = true;
    PG.startedHere = !/already running/.test(cluster.stderr);
  } else PG.note = `no PostgreSQL: scripts/pg-cluster.sh start failed (${(cluster.stderr || cluster.error?.message || '').trim().split('\n').pop()})`;
}
async function pgQuery(sql, params = []) {
  const client = new pg.Client({ connectionString: PG.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}
const dropSchema = (size) => pgQuery(`DROP SCHEMA IF EXISTS ${schemaOf(size)} CASCADE`);
if (PG.url) {
  try {
    const [{ version }] = await pgQuery("SELECT current_setting('server_version') AS version");
    const [{ postgis }] = await pgQuery("SELECT extversion AS postgis FROM pg_extension WHERE extname = 'postgis'").catch(() => [{}]);
    PG.version = `PostgreSQL ${version}${postgis ? ` + PostGIS ${postgis}` : ''}`;
    const size = (setting, unit) => ({ '8kB': (setting * 8) / 1024, kB: setting / 1024, MB: setting })[unit];
    PG.settings = Object.fromEntries(
      (await pgQuery("SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'fsync', 'synchronous_commit', 'max_connections')")).map((r) => [r.name, size(Number(r.setting), r.unit) === undefined ? r.setting : `${size(Number(r.setting), r.unit)} MiB`]),
    );
  } catch (e) {
    PG.note = `no PostgreSQL: ${PG.url.replace(/\/\/[^@]*@/, '//')} cannot be reached (${e.message})`;
    PG.url = null;
  }
}
if (PG.startedHere) cleanups.push(() => spawnSync('scripts/pg-cluster.sh', ['stop'], { stdio: 'ignore', env: PG_CLUSTER_ENV }));
const BACKENDS = PG.url ? ['sqlite', 'postgres'] : ['sqlite'];

// ---------------------------------------------------------------------------------------------
// The browser

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath });
cleanups.push(() => browser.close());
const VIEWPORT = { width: 1000, height: 700 };

/** Loads a page in a fresh context (empty cache) until the map marks its first complete render. */
async function loadOnce(url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const transfers = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) transfers.push({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, body: sizes.responseBodySize });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('.maplibregl-map[data-complete="true"]', { timeout: 120_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('situation-map-complete')[0]?.startTime ?? NaN);
  await sleep(300); // let the last transfers report
  return { ms, transfers, errors, page, context };
}

const isScript = (t) => t.type === 'script' || /\.m?js(\?|$)/.test(t.url);
const weigh = (transfers) => ({
  js: transfers.filter(isScript).reduce((n, t) => n + t.body, 0),
  total: transfers.reduce((n, t) => n + t.bytes, 0),
  requests: transfers.length,
  files: transfers.map((t) => ({ url: t.url.replace(/^https?:\/\/[^/]+/, ''), type: t.type, body: t.body })),
});

/**
 * Frame intervals while the map pans: four pans of 400 px, two seconds each, back and forth (so
 * new ground is drawn, then old), every frame timed with requestAnimationFrame: the count, the
 * median and the 95th percentile, in ms.
 */
async function panFrames(page) {
  return page.evaluate(async () => {
    const map = window.__situationMap;
    const frames = [];
    for (const dx of [400, -400, -400, 400]) {
      const pan = [];
      await new Promise((resolve) => {
        let last = performance.now();
        let running = true;
        const tick = (now) => {
          pan.push(now - last);
          last = now;
          if (running) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        map.panBy([dx, 0], { duration: 2000, easing: (t) => t });
        map.once('moveend', () => {
          running = false;
          resolve();
        });
      });
      frames.push(...pan.slice(1)); // the first interval only waited for the pan to start
    }
    const s = frames.sort((a, b) => a - b);
    return { frames: s.length, p50: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] };
  });
}

// ---------------------------------------------------------------------------------------------
// 0. Build and machine

if (!process.env.BENCH_NO_BUILD || !existsSync('.next/BUILD_ID')) {
  log('building (npm run build)');
  // With the browser source maps, for the bundle analysis (bench/bundle.mjs).
  execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BENCH_SOURCE_MAPS: '1' } });
}
const machine = {
  os: `${os.type()} ${os.release()} (${os.arch()})`,
  cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  chromium: browser.version(),
  postgres: PG.url ? `${PG.version} (${Object.entries(PG.settings).map(([k, v]) => `${k} ${v}`).join(', ')})${PG.own ? ', a throwaway cluster of the bench\'s own (scripts/pg-cluster.sh)' : ', the database BENCH_DATABASE_URL names'}` : PG.note,
  sqlite: execFileSync(process.execPath, ['-e', "const D=require('better-sqlite3');process.stdout.write(new D(':memory:').prepare('select sqlite_version() v').get().v)"], { encoding: 'utf8' }),
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  loadAtStart: load1(),
};
log('machine', machine);
mkdirSync(WORK, { recursive: true });
const results = { machine, sizes: SIZES, runs: RUNS, backends: BACKENDS, query: { halfSideDegrees: CITY_HALF_SIDE, spanDays: SPAN_DAYS, cities: CITY_CENTRES.map((c) => c.id) } };
const loads = [];
const noteLoad = (what) => loads.push({ what, at: Math.round((Date.now() - started) / 1000), load1: load1() });

// ---------------------------------------------------------------------------------------------
// 1 and 2. First render and weight, the app against the reference page (SQLite, seeded from data/)

rmSync(storeDirOf(null), { recursive: true, force: true });
const realEnv = storeEnv('sqlite', { size: null, dataDir: null });
log('starting the app on the real data (SQLite, seeded from data/ on first start)');
const apiBody = await (async () => {
  const app = await startNext(realEnv);
  results.smallStartMs = app.startMs;
  const res = await fetch(`${APP}/api/events`);
  const body = await res.text();
  const etag = res.headers.get('etag');
  // The reference page's snapshot: the app's own map once it is complete (style with its data inline, images, markers).
  const first = await loadOnce(`${APP}/embed`);
  const snapshot = await first.page.evaluate(() => {
    const map = window.__situationMap;
    const hatch = map.getImage('control-hatch');
    return {
      style: map.getStyle(),
      center: map.getCenter().toArray(),
      zoom: map.getZoom(),
      images: hatch ? [{ id: 'control-hatch', width: hatch.data.width, height: hatch.data.height, data: Array.from(hatch.data.data) }] : [],
    };
  });
  await first.context.close();
  const places = await (await fetch(`${APP}/api/places`)).json();
  const counts = (await (await fetch(`${APP}/api/places/counts?to=${(await (await fetch(`${APP}/api/control`)).json()).date}`)).json()).counts;
  const markers = places.features.length <= 50 ? places.features.map((f) => ({ name: f.properties.name, coordinates: f.geometry.coordinates, count: counts[f.id] ?? 0 })) : [];
  const refDir = path.join(WORK, 'reference');
  mkdirSync(refDir, { recursive: true });
  // The app's own URLs (basemap, fonts) point at the reference server, which serves public/ too; the view is the app's.
  const style = { ...JSON.parse(JSON.stringify(snapshot.style).replaceAll(APP, REF)), center: snapshot.center, zoom: snapshot.zoom };
  writeFileSync(path.join(refDir, 'snapshot.json'), JSON.stringify({ style, images: snapshot.images, markers }));
  const maplibreDist = path.join(ROOT, 'node_modules', 'maplibre-gl', 'dist');
  const refServer = await startStaticServer({
    port: REF_PORT,
    roots: [path.join(ROOT, 'bench', 'reference'), refDir, path.join(ROOT, 'public'), maplibreDist],
  });
  cleanups.push(() => refServer.close());

  log(`first render: ${RUNS} runs each of /embed and the reference page, alternating`);
  noteLoad('first render');
  const appRuns = [];
  const refRuns = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [url, list] of i % 2 ? [[`${REF}/`, refRuns], [`${APP}/embed`, appRuns]] : [[`${APP}/embed`, appRuns], [`${REF}/`, refRuns]]) {
      const page = await loadOnce(url);
      if (page.errors.length) throw new Error(`${url}: ${page.errors.join('; ')}`);
      list.push({ ms: page.ms, weight: weigh(page.transfers) });
      if (list === appRuns && i === 0) results.smallPan = await panFrames(page.page);
      await page.context.close();
    }
  }
  const dist = (f) => readFileSync(path.join(maplibreDist, f));
  const maplibreFiles = ['maplibre-gl.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs'].map((f) => ({ file: f, raw: dist(f).length, gzip: gzipSync(dist(f)).length }));
  results.firstRender = {
    app: appRuns.map((r) => r.ms),
    reference: refRuns.map((r) => r.ms),
    appMedian: median(appRuns.map((r) => r.ms)),
    referenceMedian: median(refRuns.map((r) => r.ms)),
  };
  results.firstRender.ratio = results.firstRender.appMedian / results.firstRender.referenceMedian;
  results.weight = { app: appRuns[0].weight, reference: refRuns[0].weight, maplibreFiles, maplibreGzip: maplibreFiles.reduce((n, f) => n + f.gzip, 0) };
  results.weight.addedJs = results.weight.app.js - results.weight.reference.js;
  results.weight.addedTotal = results.weight.app.total - results.weight.reference.total;
  log(`first render: app ${results.firstRender.appMedian.toFixed(0)} ms, reference ${results.firstRender.referenceMedian.toFixed(0)} ms, ratio ${results.firstRender.ratio.toFixed(2)}`);
  log(`weight: app JS ${kb(results.weight.app.js).toFixed(1)} kB, reference JS ${kb(results.weight.reference.js).toFixed(1)} kB, added ${kb(results.weight.addedJs).toFixed(1)} kB`);
  // What the script is (bench/bundle.mjs), and Lighthouse on the same servers (bench/lighthouse.mjs).
  results.bundle = await bundleAnalysis({ browser, base: APP });
  if (process.env.BENCH_NO_LIGHTHOUSE !== '1') {
    log('lighthouse: /, /embed and the reference page, mobile and desktop');
    results.lighthouse = await lighthouseBench({ targets: { '/': `${APP}/`, '/embed': `${APP}/embed`, reference: `${REF}/` }, runs: Number(process.env.LH_RUNS ?? 3), log });
  }
  await app.stop();
  return { body, etag };
})();

// ---------------------------------------------------------------------------------------------
// 3. API: the route against the same bytes from a bare Node server and from Next's static files

log('API: /api/events against a bare Node server and Next static serving of the same bytes');
{
  writeFileSync(STATIC_FILE, apiBody.body);
  cleanups.push(() => rmSync(STATIC_FILE, { force: true }));
  const app = await startNext(realEnv);
  const bareDir = path.join(WORK, 'bare');
  mkdirSync(bareDir, { recursive: true });
  writeFileSync(path.join(bareDir, 'events.json'), apiBody.body);
  const bare = await startStaticServer({ port: BARE_PORT, roots: [bareDir], compress: false });
  cleanups.push(() => bare.close());
  const targets = { route: `${APP}/api/events`, static: `${APP}/bench-events.json`, bare: `http://127.0.0.1:${BARE_PORT}/events.json` };
  noteLoad('API against static');
  for (const url of Object.values(targets)) await cannon({ url, duration: 2 }); // warm-up
  const rounds = { route: [], static: [], bare: [] };
  for (let i = 0; i < 3; i++) for (const [name, url] of Object.entries(targets)) rounds[name].push(await cannon({ url }));
  const summarise = (list) => ({ rps: median(list.map((r) => r.rps)), p50: median(list.map((r) => r.p50)), p99: median(list.map((r) => r.p99)), errors: list.reduce((n, r) => n + r.errors + r.non2xx, 0), rounds: list.map((r) => Math.round(r.rps)) });
  results.api = Object.fromEntries(Object.entries(rounds).map(([k, v]) => [k, summarise(v)]));
  results.api.bytes = Buffer.byteLength(apiBody.body);
  results.api.routeVsStatic = results.api.route.rps / results.api.static.rps;
  results.api.routeVsBare = results.api.route.rps / results.api.bare.rps;
  // As browsers ask: compressed, 20 connections. Next compresses both on each request (it drops
  // a response's own Content-Encoding, so answers cannot be kept compressed).
  const gzipRounds = { route: [], static: [] };
  const asBrowsers = { connections: 20, headers: { 'accept-encoding': 'gzip' } };
  for (const url of [targets.route, targets.static]) await cannon({ url, duration: 2, ...asBrowsers }); // warm-up
  for (let i = 0; i < 3; i++) for (const name of ['route', 'static']) gzipRounds[name].push(await cannon({ url: targets[name], ...asBrowsers }));
  results.api.gzip = Object.fromEntries(Object.entries(gzipRounds).map(([k, v]) => [k, summarise(v)]));
  results.api.gzip.bytes = await fetch(targets.route, { headers: { 'accept-encoding': 'gzip' } }).then(async (res) => ({ encoding: res.headers.get('content-encoding'), length: (await res.arrayBuffer()).byteLength }));
  results.api.gzip.routeVsStatic = results.api.gzip.route.rps / results.api.gzip.static.rps;
  const revalidate = await cannon({ url: targets.route, headers: { 'if-none-match': apiBody.etag } });
  results.smallRssMiB = treeRssMiB(app.pid);
  results.api.revalidate = { rps: revalidate.rps, p99: revalidate.p99, codes: revalidate.codes };
  log(`API: route ${results.api.route.rps.toFixed(0)}/s, static ${results.api.static.rps.toFixed(0)}/s, bare ${results.api.bare.rps.toFixed(0)}/s; ratio to static ${results.api.routeVsStatic.toFixed(2)}, gzip at 20 connections ${results.api.gzip.routeVsStatic.toFixed(2)}; 304s ${JSON.stringify(revalidate.codes)}`);
  await app.stop();
  bare.close();
  rmSync(STATIC_FILE, { force: true });
}

// ---------------------------------------------------------------------------------------------
// 4. Scale: the in-memory baseline, SQLite and PostgreSQL side by side, size by size

/** The API paths: every request a different city + 30-day query; the warm-up asks other ones. */
const API_QUERIES = cityQueries(30_000, 424242);
const apiPaths = API_QUERIES.map(cityQueryPath);
const warmPaths = cityQueries(3_000, 99).filter((q) => !API_QUERIES.some((a) => a.city === q.city && a.from === q.from)).map(cityQueryPath);
const firstQueryPath = warmPaths.pop();

/** Runs bench/scale.ts in a child process and parses its one JSON line. */
async function inProcess(mode, dir, env, heapMiB) {
  const args = [...(heapMiB ? [`--max-old-space-size=${heapMiB}`] : []), '--expose-gc', '--import', 'tsx', 'bench/scale.ts', mode, dir];
  const r = await run(process.execPath, args, { env });
  if (r.code !== 0) return { error: `bench/scale.ts ${mode} exited ${r.code}: ${(r.stderr || r.stdout).trim().split('\n').slice(-5).join(' / ')}` };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** Seeds a back end from a folder, as `npm run db:seed -- DIR` does (tsx scripts/db.ts seed DIR): wall time and the process's peak memory. */
async function seed(backend, size, dir) {
  if (backend === 'postgres') await dropSchema(size);
  else rmSync(storeDirOf(size), { recursive: true, force: true });
  const env = storeEnv(backend, { size, dataDir: dir });
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const command = [process.execPath, '--import', 'tsx', 'scripts/db.ts', 'seed', dir];
  const r = await run(timeBin ?? command[0], timeBin ? ['-f', 'BENCH_PEAK_RSS_KB=%M', ...command] : command.slice(1), { env });
  const peak = /BENCH_PEAK_RSS_KB=(\d+)/.exec(r.stderr);
  const reported = /in ([\d.]+) s/.exec(r.stdout);
  if (r.code !== 0) return { error: `db:seed exited ${r.code}${r.signal ? ` (${r.signal})` : ''}: ${(r.stderr.replace(/BENCH_PEAK_RSS_KB=\d+/, '') || r.stdout).trim().split('\n').slice(-4).join(' / ')}`, ms: r.ms, peakRssMiB: peak ? Number(peak[1]) / 1024 : null };
  return { ms: r.ms, reportedMs: reported ? Number(reported[1]) * 1000 : null, peakRssMiB: peak ? Number(peak[1]) / 1024 : null, output: r.stdout.trim() };
}

/** Bytes the store takes: the SQLite folder, or the schema's tables with their indexes and TOAST. */
async function storeMB(backend, size) {
  if (backend === 'sqlite') return Number(execSync(`du -sk ${JSON.stringify(storeDirOf(size))}`, { encoding: 'utf8' }).split('\t')[0]) / 1000;
  const [{ bytes }] = await pgQuery("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'", [schemaOf(size)]);
  return Number(bytes) / 1e6;
}

/** One back end at one size, through `next start`: start time, memory after a warm-up, API under load; on SQLite the first render too. */
async function throughServer(backend, size, dir, smallRenderMs) {
  const out = {};
  const app = await startNext(storeEnv(backend, { size, dataDir: dir }), { firstQuery: firstQueryPath });
  try {
    Object.assign(out, { startMs: app.startMs, placesMs: app.placesMs, firstQueryStatus: app.firstQueryStatus, rssStartMiB: treeRssMiB(app.pid) });
    const warm = await cannonPaths(app.base, warmPaths, { duration: WARM_SECONDS });
    await sleep(500);
    out.warmUp = { requests: warm.requests, errors: warm.errors + warm.non2xx };
    out.rssWarmMiB = treeRssMiB(app.pid);
    noteLoad(`API ${backend} ${size}`);
    const load = await cannonPaths(app.base, apiPaths, { duration: apiSeconds(size) });
    out.api = { seconds: apiSeconds(size), rps: load.rps, p50: load.p50, p90: load.p90, p99: load.p99, max: load.max, requests: load.requests, errors: load.errors, non2xx: load.non2xx, codes: load.codes, distinctPaths: load.distinctPaths, repeated: load.repeated };
    const example = await (await fetch(`${app.base}${apiPaths[0]}`)).json();
    out.api.example = { path: apiPaths[0], total: example.total, features: example.features?.length };
    out.rssAfterApiMiB = treeRssMiB(app.pid);
    if (backend === 'sqlite') {
      try {
        const renders = [];
        for (let i = 0; i < SCALE_RUNS; i++) {
          const page = await loadOnce(`${app.base}/embed`);
          if (page.errors.length) throw new Error(page.errors.join('; '));
          renders.push(page.ms);
          if (i === 0) {
            out.weight = weigh(page.transfers);
            out.pan = await panFrames(page.page);
            out.clusters = await page.page.evaluate(() => window.__situationMap.queryRenderedFeatures().filter((f) => f.source !== 'basemap' && f.layer.type !== 'background').length).catch(() => null);
          }
          await page.context.close();
        }
        out.firstRender = { runs: renders, median: median(renders), ratioToSmall: median(renders) / smallRenderMs };
      } catch (e) {
        out.firstRender = { error: e.message.split('\n')[0] };
      }
      out.rssAfterRenderMiB = treeRssMiB(app.pid);
    }
  } finally {
    await app.stop();
  }
  return out;
}

/**
 * The same API run on an instance whose main thread answers every request itself
 * (STORE_READ_WORKERS=0): what the read workers (lib/store/read-pool.ts) change, side by side.
 */
async function apiMainThreadOnly(backend, size, dir) {
  const app = await startNext({ ...storeEnv(backend, { size, dataDir: dir }), STORE_READ_WORKERS: '0' }, { firstQuery: firstQueryPath });
  try {
    await cannonPaths(app.base, warmPaths, { duration: WARM_SECONDS });
    await sleep(500);
    const rssWarmMiB = treeRssMiB(app.pid);
    noteLoad(`API ${backend} ${size} main thread only`);
    const load = await cannonPaths(app.base, apiPaths, { duration: apiSeconds(size) });
    return { rssWarmMiB, rps: load.rps, p50: load.p50, p90: load.p90, p99: load.p99, max: load.max, requests: load.requests, errors: load.errors, non2xx: load.non2xx };
  } finally {
    await app.stop();
  }
}

results.scale = [];
const largest = Math.max(...SIZES);
for (const size of SIZES) {
  const dir = path.join(WORK, `events-${size}`);
  const entry = { size, loadAtStart: load1() };
  results.scale.push(entry);
  const label = size.toLocaleString('en');
  log(`scale ${label}: generating`);
  const g0 = Date.now();
  execFileSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', 'bench/generate.ts', '--events', String(size), '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  entry.generateMs = Date.now() - g0;
  entry.diskMB = Number(execSync(`du -sk ${JSON.stringify(dir)}`, { encoding: 'utf8' }).split('\t')[0]) / 1000;

  log(`scale ${label}: in-memory baseline (in process)`);
  noteLoad(`memory ${size}`);
  entry.memory = await inProcess('memory', dir, process.env, 8192);
  if (entry.memory.error) log(`  ${entry.memory.error}`);
  else log(`  read + index ${(entry.memory.loadMs / 1000).toFixed(1)} s, heap ${entry.memory.heapMiB.toFixed(0)} MiB, query p50 ${entry.memory.query.p50.toFixed(3)} ms p95 ${entry.memory.query.p95.toFixed(3)} ms, counts p50 ${entry.memory.counts.p50.toFixed(1)} ms`);

  for (const backend of BACKENDS) {
    const b = (entry[backend] = {});
    try {
      await measureBackend(backend, b);
    } catch (e) {
      b.error = e.message.split('\n').slice(0, 3).join(' / ');
      log(`  ${backend} failed: ${b.error}`);
    }
    // Only the largest size's stores are kept, for the propagation.
    if (size !== largest) {
      if (backend === 'postgres') await dropSchema(size).catch(() => undefined);
      else rmSync(storeDirOf(size), { recursive: true, force: true });
    }
  }
  // The largest folder stays for the propagation: the stores know it by its files' names, sizes and times.
  if (size !== largest) rmSync(dir, { recursive: true, force: true });

  async function measureBackend(backend, b) {
    log(`scale ${label}: ${backend}: seeding (db:seed)`);
    noteLoad(`seed ${backend} ${size}`);
    b.seed = await seed(backend, size, dir);
    if (b.seed.error) {
      log(`  ${b.seed.error}`);
      return;
    }
    b.storeMB = await storeMB(backend, size);
    log(`  seeded in ${(b.seed.ms / 1000).toFixed(1)} s (peak ${b.seed.peakRssMiB?.toFixed(0)} MiB), ${b.storeMB.toFixed(0)} MB; queries in process`);
    b.inProcess = await inProcess('store', dir, storeEnv(backend, { size, dataDir: dir }));
    if (b.inProcess.error) log(`  ${b.inProcess.error}`);
    else log(`  open ${b.inProcess.openMs.toFixed(0)} ms, query p50 ${b.inProcess.query.p50.toFixed(3)} ms p95 ${b.inProcess.query.p95.toFixed(3)} ms, counts p50 ${b.inProcess.counts.p50.toFixed(1)} ms`);
    log(`scale ${label}: ${backend}: through the server`);
    try {
      Object.assign(b, await throughServer(backend, size, dir, results.firstRender.appMedian));
      log(`  start ${(b.startMs / 1000).toFixed(2)} s, ${mb(b.rssWarmMiB).toFixed(0)} MB after warm-up, API p50 ${b.api.p50} ms p99 ${b.api.p99} ms ${b.api.rps.toFixed(0)}/s${b.firstRender?.median ? `, first render ${b.firstRender.median.toFixed(0)} ms` : ''}`);
      if (backend === 'sqlite') {
        b.readWorkers = Math.max(0, Math.min(os.availableParallelism() - 1, 4));
        b.apiMainThread = await apiMainThreadOnly(backend, size, dir);
        log(`  main thread only (STORE_READ_WORKERS=0): API p50 ${b.apiMainThread.p50} ms p99 ${b.apiMainThread.p99} ms ${b.apiMainThread.rps.toFixed(0)}/s, ${mb(b.apiMainThread.rssWarmMiB).toFixed(0)} MB after warm-up`);
      }
    } catch (e) {
      b.serverError = e.message.slice(0, 2000);
      log(`  server failed: ${b.serverError.split('\n')[0]}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Propagation: an event written with data:apply, timed until it shows on open pages of two instances

/** The newest generated event at a place, from the generated folder's last year: a record every check accepts, to copy. */
function newestEventAt(dir, placeId) {
  const files = readdirSync(path.join(dir, 'events')).filter((n) => n.endsWith('.json')).sort();
  const lastYear = files.at(-1).slice(0, 4);
  let newest = null;
  for (const name of files.filter((n) => n.startsWith(lastYear))) {
    for (const e of JSON.parse(readFileSync(path.join(dir, 'events', name), 'utf8'))) if (e.placeId === placeId && (!newest || e.date > newest.date)) newest = e;
  }
  return newest;
}

/** Runs data:apply (tsx scripts/data-apply.ts FILE) on a batch; resolves when it has ended, with the moment it said it had committed (Date.now(), comparable with the browser's clock). */
function dataApply(batch, env, name) {
  const file = path.join(WORK, `${name}.json`);
  writeFileSync(file, JSON.stringify(batch));
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/data-apply.ts', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let committedAt = null;
    child.stdout.on('data', (d) => {
      out += d;
      if (committedAt === null && /^applied /m.test(out)) committedAt = Date.now();
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out: out.trim(), spawnedAt: t0, committedAt, exitedAt: Date.now() }));
  });
}

/** Listens to an instance's /api/changes (uncompressed) and notes when each `change` event arrives. */
function listenChanges(base) {
  const heard = [];
  const abort = new AbortController();
  void (async () => {
    try {
      const res = await fetch(`${base}/api/changes`, { headers: { 'accept-encoding': 'identity' }, signal: abort.signal });
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of res.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: change$/m.test(frame)) heard.push({ at: Date.now(), data: /^data: (.*)$/m.exec(frame)?.[1] });
        }
      }
    } catch {}
  })();
  return { heard, stop: () => abort.abort() };
}

/** Notes, in the page, when its own EventSource hears each `change` event (Date.now()). */
const RECORD_CHANGES = () => {
  const Original = window.EventSource;
  if (!Original) return;
  window.__benchChanges = [];
  window.EventSource = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener('change', (e) => window.__benchChanges.push({ at: Date.now(), data: e.data }));
    }
  };
};

async function propagation(backend, size, dir) {
  const env = storeEnv(backend, { size, dataDir: dir });
  const out = { size, city: LIVE_CITY };
  const instances = [];
  const contexts = [];
  try {
    instances.push(await startNext(env, { port: APP_PORT }), await startNext(env, { port: B_PORT }));
    const [a, b] = instances;
    const template = newestEventAt(dir, LIVE_CITY);
    if (!template) throw new Error(`no generated event at ${LIVE_CITY}`);
    const id = `bench-live-${backend}-${Date.now().toString(36)}`;
    out.event = { id, date: template.date, copiedFrom: template.id, sourceId: template.sources[0].sourceId };
    // The open pages: B (the instance the goal speaks of) and A, each showing the city's events.
    const pages = {};
    for (const [name, inst] of [['b', b], ['a', a]]) {
      const context = await browser.newContext({ ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }); // as the browser tests see the page
      await context.addInitScript(RECORD_CHANGES);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${inst.base}/?place=${LIVE_CITY}`);
      await page.waitForSelector('article[data-event]', { timeout: 60_000 });
      pages[name] = page;
    }
    await sleep(1000); // let the pages settle (and subscribe to changes, if they do)
    const seen = (page) =>
      page
        .waitForSelector(`article[data-event="${id}"]`, { state: 'attached', timeout: PROPAGATION_TIMEOUT_MS })
        .then(() => Date.now())
        .catch(() => null);
    const inApi = async (inst) => {
      const until = Date.now() + PROPAGATION_TIMEOUT_MS;
      while (Date.now() < until) {
        if ((await fetch(`${inst.base}/api/events/${id}`).catch(() => null))?.ok) return Date.now();
        await sleep(50);
      }
      return null;
    };
    // B's page's requests, to see where the time goes after it hears of the change.
    const requestStarts = new Map();
    const pageRequests = [];
    pages.b.on('request', (req) => requestStarts.set(req, Date.now()));
    pages.b.on('requestfinished', (req) => pageRequests.push({ url: req.url().replace(/^https?:\/\/[^/]+/, ''), start: requestStarts.get(req), end: Date.now() }));
    const announced = listenChanges(b.base);
    await sleep(300);
    const watching = [seen(pages.b), seen(pages.a), inApi(b)];
    const write = await dataApply({ events: [{ ...template, id }] }, env, `live-${backend}`);
    out.write = { code: write.code, output: write.out.split('\n').slice(-2).join(' / '), applyProcessMs: write.exitedAt - write.spawnedAt, commitAfterSpawnMs: write.committedAt === null ? null : write.committedAt - write.spawnedAt };
    if (write.code !== 0 || write.committedAt === null) throw new Error(`data:apply failed: ${write.out}`);
    const [onB, onA, apiB] = await Promise.all(watching);
    announced.stop();
    // The moment of the write: the change's own time (taken in the transaction, just before its
    // commit), as B announced it; else the moment data:apply said it had committed (which it says
    // after reading the change back, a little later).
    const version = Number(/the store is at version (\d+)/.exec(write.out)?.[1]);
    const ofVersion = (list) => list.find((h) => JSON.parse(h.data ?? '{}').version === version);
    const change = ofVersion(announced.heard);
    const writtenAt = change ? Date.parse(JSON.parse(change.data).at) : write.committedAt;
    out.timedFrom = change ? 'the change\'s own time, just before its commit' : 'data:apply\'s "applied" line';
    out.applyLineAfterWriteMs = write.committedAt - writtenAt;
    const after = (t) => (t === null || t === undefined ? null : t - writtenAt);
    out.shownOnBMs = after(onB);
    out.shownOnAMs = after(onA);
    out.apiOnBMs = after(apiB);
    // Where the time goes: B's server announcing the change on /api/changes, B's page hearing it, then refetching and drawing.
    out.announcedByBMs = after(change?.at);
    out.heardByBPageMs = after(ofVersion(await pages.b.evaluate(() => window.__benchChanges ?? []).catch(() => []))?.at);
    out.pageRequests = pageRequests
      .filter((r) => r.start >= writtenAt - 50 && (onB === null || r.start <= onB))
      .map((r) => ({ url: r.url.length > 90 ? `${r.url.slice(0, 87)}…` : r.url, startMs: r.start - writtenAt, endMs: r.end - writtenAt }))
      .slice(0, 20);
    if (onB === null) out.note = `the event did not show on instance B's open page within ${PROPAGATION_TIMEOUT_MS / 1000} s of the commit${apiB !== null ? `, although B's API served it ${out.apiOnBMs.toFixed(0)} ms after the commit (the page does not take changes live, or not yet)` : ' (and B\'s API did not serve it either)'}`;
    // Withdrawn again: the store is the bench's own, but the next run should find it as seeded.
    const gone = pages.b.waitForSelector(`article[data-event="${id}"]`, { state: 'detached', timeout: PROPAGATION_TIMEOUT_MS }).then(() => Date.now()).catch(() => null);
    const retract = await dataApply({ retract: [{ kind: 'event', id, reason: 'Benchmark record, written and withdrawn by npm run bench.' }] }, env, `retract-${backend}`);
    out.retract = { code: retract.code };
    const goneAt = await gone;
    // From the retraction's "applied" line (no change stream is read for it).
    out.goneFromBMs = onB === null || goneAt === null || retract.committedAt === null ? null : goneAt - retract.committedAt;
  } catch (e) {
    out.error = e.message.split('\n').slice(0, 3).join(' / ');
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    for (const inst of instances) await inst.stop();
  }
  return out;
}

results.propagation = {};
for (const backend of BACKENDS) {
  const dir = path.join(WORK, `events-${largest}`);
  log(`propagation on ${backend} (${largest.toLocaleString('en')} events): two instances, an event written with data:apply`);
  const measured = results.scale.find((s) => s.size === largest)?.[backend];
  if (!measured || measured.error || measured.seed?.error) {
    results.propagation[backend] = { size: largest, error: 'the store could not be seeded' };
    continue;
  }
  noteLoad(`propagation ${backend}`);
  results.propagation[backend] = await propagation(backend, largest, dir);
  const p = results.propagation[backend];
  log(p.error ? `  failed: ${p.error}` : p.shownOnBMs === null ? `  ${p.note}` : `  shown on B ${p.shownOnBMs.toFixed(0)} ms and on A ${p.shownOnAMs?.toFixed(0)} ms after the commit`);
}
for (const size of SIZES) {
  rmSync(storeDirOf(size), { recursive: true, force: true });
  if (PG.url) await dropSchema(size).catch(() => undefined);
}
rmSync(storeDirOf(null), { recursive: true, force: true });
rmSync(path.join(WORK, `events-${largest}`), { recursive: true, force: true });
// ---------------------------------------------------------------------------------------------
// 6. Import speed: UCDP-shaped rows through `npm run import`, into SQLite and PostgreSQL

const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
if (IMPORT_ROWS > 0) {
  log(`import: ${IMPORT_ROWS.toLocaleString('en')} UCDP-shaped rows into SQLite${PG.url ? ' and PostgreSQL' : ''}`);
  noteLoad('import');
  const { importSpeed } = await import('./import.mjs');
  try {
    results.importSpeed = await importSpeed({ rows: IMPORT_ROWS, databaseUrl: PG.url });
    for (const [backend, r] of Object.entries(results.importSpeed.backends)) log(`import into ${backend}: ${(r.ms / 1000).toFixed(1)} s, ${Math.round(r.rowsPerS)} rows/s, peak ${Math.round(r.peakRssMiB)} MiB`);
  } catch (e) {
    results.importSpeed = { error: e.message.slice(0, 2000) };
    log(`import failed: ${e.message.slice(0, 300)}`);
  }
}

results.loads = loads;
// The last figures of the in-memory server (the app before the store), quoted for scale.
const { renderResultsFile, memoryServerHistory } = await import('./report.mjs');
results.historicalMemoryServer = memoryServerHistory();
results.totalSeconds = (Date.now() - started) / 1000;
cleanup();

// ---------------------------------------------------------------------------------------------
// RESULTS.md

writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), renderResultsFile(results));
log(`wrote bench/RESULTS.md in ${Math.round(results.totalSeconds)} s`);
process.exit(0);
