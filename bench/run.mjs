// npm run bench: the app measured side by side with the best it could be, on a production build.
//   1. First render of /embed against bench/reference (the same style and data, plain maplibre-gl).
//   2. Weight: JavaScript and total bytes transferred (compressed), against maplibre-gl's own files.
//   3. API: /api/events against the same bytes from a bare Node http server and from Next's static
//      file serving (public/), and 304 revalidation.
//   4. Scale: synthetic datasets of 10,000, 100,000 and 1,000,000 events (bench/generate.ts):
//      load and index time, memory, in-process query times, API p99 for city-sized queries, first
//      render with all events clustered, and frame times while panning.
// Run with tsx loaded (npm run bench), for the shared query helpers in bench/queries.ts.
// Writes bench/RESULTS.md (and bench/results.json). Options (environment):
//   BENCH_SIZES=10000,100000  the synthetic sizes (default 10000,100000,1000000)
//   BENCH_RUNS=7              first-render runs per page (default 7)
//   BENCH_NO_BUILD=1          use the existing build instead of building first
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { startStaticServer } from './reference/server.mjs';
import { treeRssMiB } from './process-memory.mjs';
import { CITY_CENTRES, cityBbox } from './queries.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
process.chdir(ROOT);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number).filter((n) => n > 0);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCALE_RUNS = Math.max(3, Math.ceil(RUNS / 2));
const APP_PORT = 3400;
const REF_PORT = 3401;
const BARE_PORT = 3402;
const APP = `http://127.0.0.1:${APP_PORT}`;
const REF = `http://127.0.0.1:${REF_PORT}`;
const WORK = path.join(os.tmpdir(), 'situation-map-bench');
const STATIC_FILE = path.join(ROOT, 'public', 'bench-events.json');
const started = Date.now();
const log = (...args) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes) => bytes / 1000;
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

// ---------------------------------------------------------------------------------------------
// Servers

/** Starts `next start` on the build, with a data folder; resolves once it answers, with the time that took. */
async function startNext(dataDir, heapMiB = 4096) {
  const t0 = Date.now();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: `--max-old-space-size=${heapMiB}` };
  if (dataDir) env.DATA_DIR = dataDir;
  else delete env.DATA_DIR;
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(APP_PORT), '-H', '127.0.0.1'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  cleanups.push(stop);
  let up = false;
  for (let i = 0; i < 600 && !up; i++) {
    try {
      up = (await fetch(`${APP}/api/places/counts`)).ok;
    } catch {}
    if (!up) await sleep(200);
  }
  if (!up) throw new Error(`next start did not answer within 120 s:\n${stderr}`);
  return { ms: Date.now() - t0, pid: child.pid, stop: async () => (stop(), await sleep(1000)) };
}

/** autocannon for a few seconds: requests per second, latency percentiles, and anything that went wrong. */
function cannon(opts) {
  return new Promise((resolve, reject) =>
    autocannon({ connections: 10, duration: 5, ...opts }, (err, r) => {
      if (err) return reject(err);
      const codes = r.statusCodeStats ?? {};
      resolve({ rps: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, requests: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx, codes: Object.fromEntries(Object.entries(codes).map(([k, v]) => [k, v.count])) });
    }),
  );
}

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
  execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
}
const machine = {
  os: `${os.type()} ${os.release()} (${os.arch()})`,
  cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  chromium: browser.version(),
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
};
log('machine', machine);
const results = { machine, sizes: SIZES, runs: RUNS };

// ---------------------------------------------------------------------------------------------
// 1 and 2. First render and weight, the app against the reference page

log('starting the app on the real data');
const apiBody = await (async () => {
  const app = await startNext(null);
  results.smallStartMs = app.ms;
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
  const appRuns = [];
  const refRuns = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [url, list] of i % 2 ? [[`${REF}/`, refRuns], [`${APP}/embed`, appRuns]] : [[`${APP}/embed`, appRuns], [`${REF}/`, refRuns]]) {
      const run = await loadOnce(url);
      if (run.errors.length) throw new Error(`${url}: ${run.errors.join('; ')}`);
      list.push({ ms: run.ms, weight: weigh(run.transfers) });
      if (list === appRuns && i === 0) results.smallPan = await panFrames(run.page);
      await run.context.close();
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
  await app.stop();
  return { body, etag };
})();

// ---------------------------------------------------------------------------------------------
// 3. API: the route against the same bytes from a bare Node server and from Next's static files

log('API: /api/events against a bare Node server and Next static serving of the same bytes');
{
  writeFileSync(STATIC_FILE, apiBody.body);
  cleanups.push(() => rmSync(STATIC_FILE, { force: true }));
  const app = await startNext(null);
  const bareDir = path.join(WORK, 'bare');
  mkdirSync(bareDir, { recursive: true });
  writeFileSync(path.join(bareDir, 'events.json'), apiBody.body);
  const bare = await startStaticServer({ port: BARE_PORT, roots: [bareDir], compress: false });
  cleanups.push(() => bare.close());
  const targets = { route: `${APP}/api/events`, static: `${APP}/bench-events.json`, bare: `http://127.0.0.1:${BARE_PORT}/events.json` };
  for (const url of Object.values(targets)) await cannon({ url, duration: 2 }); // warm-up
  const rounds = { route: [], static: [], bare: [] };
  for (let i = 0; i < 3; i++) for (const [name, url] of Object.entries(targets)) rounds[name].push(await cannon({ url }));
  const summarise = (list) => ({ rps: median(list.map((r) => r.rps)), p50: median(list.map((r) => r.p50)), p99: median(list.map((r) => r.p99)), errors: list.reduce((n, r) => n + r.errors + r.non2xx, 0), rounds: list.map((r) => Math.round(r.rps)) });
  results.api = Object.fromEntries(Object.entries(rounds).map(([k, v]) => [k, summarise(v)]));
  results.api.bytes = Buffer.byteLength(apiBody.body);
  results.api.routeVsStatic = results.api.route.rps / results.api.static.rps;
  results.api.routeVsBare = results.api.route.rps / results.api.bare.rps;
  const revalidate = await cannon({ url: targets.route, headers: { 'if-none-match': apiBody.etag } });
  results.api.revalidate = { rps: revalidate.rps, p99: revalidate.p99, codes: revalidate.codes };
  log(`API: route ${results.api.route.rps.toFixed(0)}/s, static ${results.api.static.rps.toFixed(0)}/s, bare ${results.api.bare.rps.toFixed(0)}/s; ratio to static ${results.api.routeVsStatic.toFixed(2)}; 304s ${JSON.stringify(revalidate.codes)}`);
  await app.stop();
  bare.close();
}

// ---------------------------------------------------------------------------------------------
// 4. Scale

results.scale = [];
for (const size of SIZES) {
  const dir = path.join(WORK, `events-${size}`);
  const entry = { size };
  log(`scale ${size.toLocaleString('en')}: generating`);
  const g0 = Date.now();
  execFileSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', 'bench/generate.ts', '--events', String(size), '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  entry.generateMs = Date.now() - g0;
  entry.diskMB = Number(execSync(`du -sk ${JSON.stringify(dir)}`, { encoding: 'utf8' }).split('\t')[0]) / 1000;

  log(`scale ${size.toLocaleString('en')}: in-process load, index and queries`);
  const inProcess = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'bench/scale.ts', dir, '2000'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  Object.assign(entry, { inProcess: JSON.parse(inProcess.trim().split('\n').pop()) });

  log(`scale ${size.toLocaleString('en')}: server`);
  const app = await startNext(dir, 8192);
  entry.serverStartMs = app.ms;
  entry.serverRssMiB = treeRssMiB(app.pid);
  // City-sized queries, each different (so the answer cache cannot help): a ~22 km box around a
  // busy city and a 30-day span somewhere in the data's years.
  let n = 0;
  const paths = Array.from({ length: 5000 }, (_, i) => {
    const [lon, lat] = CITY_CENTRES[i % CITY_CENTRES.length].coordinates;
    const day = new Date(Date.UTC(2012, 0, 1) + ((i * 7919) % 4700) * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.parse(day) + 29 * 86_400_000).toISOString().slice(0, 10);
    return `/api/events?bbox=${cityBbox(lon, lat).join(',')}&from=${day}&to=${to}`;
  });
  const cityQuery = await cannon({ url: APP, duration: 8, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[n++ % paths.length] }) }] });
  entry.api = { rps: cityQuery.rps, p50: cityQuery.p50, p99: cityQuery.p99, errors: cityQuery.errors + cityQuery.non2xx, requests: cityQuery.requests };
  const example = await (await fetch(`${APP}${paths[0]}`)).json();
  entry.api.examplePath = paths[0];
  entry.api.exampleTotal = example.total;
  entry.api.exampleFeatures = example.features.length;
  const everything = await fetch(`${APP}/api/events`);
  entry.api.unfilteredFeatures = (await everything.json()).features.length;

  log(`scale ${size.toLocaleString('en')}: first render with every event, clustered (${SCALE_RUNS} runs)`);
  const renders = [];
  for (let i = 0; i < SCALE_RUNS; i++) {
    const run = await loadOnce(`${APP}/embed`);
    if (run.errors.length) throw new Error(`/embed at ${size}: ${run.errors.join('; ')}`);
    renders.push(run.ms);
    if (i === 0) {
      entry.weight = weigh(run.transfers);
      entry.pan = await panFrames(run.page);
      entry.clusters = await run.page.evaluate(() => window.__situationMap.queryRenderedFeatures({ layers: ['place-cluster', 'place-point'] }).length);
    }
    await run.context.close();
  }
  entry.firstRender = { runs: renders, median: median(renders) };
  entry.firstRender.ratioToSmall = entry.firstRender.median / results.firstRender.appMedian;
  entry.serverRssAfterMiB = treeRssMiB(app.pid);
  log(`scale ${size.toLocaleString('en')}: query p95 ${entry.inProcess.index.p95.toFixed(3)} ms, API p99 ${entry.api.p99} ms, first render ${entry.firstRender.median.toFixed(0)} ms (${entry.firstRender.ratioToSmall.toFixed(2)}× small)`);
  await app.stop();
  results.scale.push(entry);
}
results.totalSeconds = (Date.now() - started) / 1000;
cleanup();

// ---------------------------------------------------------------------------------------------
// RESULTS.md

const f0 = (x) => Math.round(x).toLocaleString('en');
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const f3 = (x) => x.toFixed(3);
const yes = (ok) => (ok ? 'met' : '**not met**');
const at100k = results.scale.find((s) => s.size === 100_000);
const fr = results.firstRender;
const w = results.weight;
const api = results.api;
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (bench/run.mjs) on ${machine.date}; do not edit by hand. The whole run took ${f0(results.totalSeconds)} s.`,
  '',
  '## Machine',
  '',
  `- ${machine.os}; ${machine.cpu}; ${machine.memory}`,
  `- Node ${machine.node}; Chromium ${machine.chromium} (headless, WebGL by SwiftShader, on the CPU)`,
  `- The app: a production build (\`next build\`), served by \`next start\`. Viewport ${VIEWPORT.width}×${VIEWPORT.height}.`,
  '',
  '## Commands',
  '',
  '```',
  'npm ci',
  'npm run bench          # builds, then measures; BENCH_SIZES, BENCH_RUNS, BENCH_NO_BUILD=1 to vary',
  '```',
  '',
  'Absolute times on a shared 2-core machine are noisy: read the ratios, measured side by side in one run.',
  '',
  '## Goals',
  '',
  '| goal | measured | |',
  '|---|---|---|',
  `| first render of /embed at most 1.2× the plain-maplibre reference | ${f2(fr.ratio)}× | ${yes(fr.ratio <= 1.2)} |`,
  `| the app adds at most 60 KB compressed JavaScript over maplibre-gl | ${f1(kb(w.addedJs))} kB | ${yes(w.addedJs <= 60_000)} |`,
  `| /api/events at least 0.9× Next's static file serving (requests/s) | ${f2(api.routeVsStatic)}× | ${yes(api.routeVsStatic >= 0.9)} |`,
  `| 304 revalidation works | ${Object.entries(api.revalidate.codes).map(([k, v]) => `${f0(v)} × ${k}`).join(', ')} | ${yes(Object.keys(api.revalidate.codes).every((k) => k === '304'))} |`,
  ...(at100k
    ? [
        `| 100,000 events: bbox + date query p95 in process under 2 ms | ${f3(at100k.inProcess.index.p95)} ms | ${yes(at100k.inProcess.index.p95 < 2)} |`,
        `| 100,000 events: /api/events p99 for a city-sized query under 100 ms | ${f0(at100k.api.p99)} ms | ${yes(at100k.api.p99 < 100)} |`,
        `| 100,000 events: first render under 2× the small dataset's | ${f2(at100k.firstRender.ratioToSmall)}× | ${yes(at100k.firstRender.ratioToSmall < 2)} |`,
        `| 100,000 events: panning stays smooth (frame p95 within 1.5× the small dataset's) | ${f1(at100k.pan.p95)} ms vs ${f1(results.smallPan.p95)} ms | ${yes(at100k.pan.p95 <= 1.5 * results.smallPan.p95)} |`,
      ]
    : []),
  '',
  '## 1. First render',
  '',
  `Navigation start to the first \`idle\` of the map with every layer's data drawn (the performance mark \`situation-map-complete\`), ${RUNS} runs each, alternating, each in a fresh browser context (empty cache). The reference (bench/reference/) draws a snapshot of the app's own map (style, inline data, images, markers) with plain maplibre-gl and no framework.`,
  '',
  '| page | median | runs (ms) |',
  '|---|---|---|',
  `| /embed (the app) | ${f0(fr.appMedian)} ms | ${fr.app.map(f0).join(', ')} |`,
  `| reference (plain maplibre-gl) | ${f0(fr.referenceMedian)} ms | ${fr.reference.map(f0).join(', ')} |`,
  `| **ratio** | **${f2(fr.ratio)}** | |`,
  '',
  '## 2. Weight',
  '',
  'Bytes transferred for one load of each page (response bodies as sent, compressed; totals include headers).',
  '',
  '| | JavaScript | total | requests |',
  '|---|---|---|---|',
  `| /embed (the app) | ${f1(kb(w.app.js))} kB | ${f1(kb(w.app.total))} kB | ${w.app.requests} |`,
  `| reference (maplibre-gl's own files) | ${f1(kb(w.reference.js))} kB | ${f1(kb(w.reference.total))} kB | ${w.reference.requests} |`,
  `| **the app adds** | **${f1(kb(w.addedJs))} kB** | **${f1(kb(w.addedTotal))} kB** | |`,
  '',
  `maplibre-gl's files gzipped: ${w.maplibreFiles.map((f) => `${f.file} ${f1(kb(f.gzip))} kB`).join(', ')}; together ${f1(kb(w.maplibreGzip))} kB.`,
  '',
  '<details><summary>Every file the app transferred</summary>',
  '',
  '| file | type | body bytes |',
  '|---|---|---|',
  ...w.app.files.map((f) => `| \`${f.url.length > 70 ? `${f.url.slice(0, 67)}…` : f.url}\` | ${f.type} | ${f0(f.body)} |`),
  '',
  '</details>',
  '',
  '## 3. API',
  '',
  `The same ${f0(api.bytes)} bytes (GET /api/events on the real data) from three servers: autocannon, 10 connections, 3 rounds of 5 s each, interleaved, medians; no compression asked for.`,
  '',
  '| server | requests/s | p50 | p99 | errors | rounds (req/s) |',
  '|---|---|---|---|---|---|',
  `| /api/events (the route) | ${f0(api.route.rps)} | ${api.route.p50} ms | ${api.route.p99} ms | ${api.route.errors} | ${api.route.rounds.join(', ')} |`,
  `| Next static file (public/) | ${f0(api.static.rps)} | ${api.static.p50} ms | ${api.static.p99} ms | ${api.static.errors} | ${api.static.rounds.join(', ')} |`,
  `| bare Node http | ${f0(api.bare.rps)} | ${api.bare.p50} ms | ${api.bare.p99} ms | ${api.bare.errors} | ${api.bare.rounds.join(', ')} |`,
  '',
  `Route ÷ static: **${f2(api.routeVsStatic)}**; route ÷ bare Node: **${f2(api.routeVsBare)}**. Revalidation with If-None-Match: ${f0(api.revalidate.rps)} requests/s, p99 ${api.revalidate.p99} ms, status codes ${JSON.stringify(api.revalidate.codes)}.`,
  '',
  '## 4. Scale',
  '',
  'Synthetic datasets (bench/generate.ts): the real data plus generated events clustered around real cities of the region over 2012–2024, each citing 1–3 generated sources with quotes found verbatim in them, written to a temporary DATA_DIR; the real data/ is never touched.',
  '',
  `In process: 2,000 queries, each a ~22 km box around a busy city and a 30-day span. "index" is the query alone; "page" also builds the API's page of features (at most 500).`,
  `Server: \`next start\` with DATA_DIR; autocannon, 10 connections, 8 s of city-sized queries, every one different (the answer cache cannot help). First render: /embed with every event (clustered), ${SCALE_RUNS} runs, median.`,
  '',
  `| events | places | sources | disk | generate | load + index | heap | query p95 (index) | query p95 (page) | plain scan p50 | API p50 | API p99 | API req/s | server RSS | first render | vs small | pan frame p95 |`,
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  `| ${f0(6)} (real) | 3 | 1 | | | | | | | | | | | | ${f0(fr.appMedian)} ms | 1.00× | ${f1(results.smallPan.p95)} ms |`,
  ...results.scale.map((s) => {
    const p = s.inProcess;
    return `| ${f0(p.events)} | ${f0(p.places)} | ${f0(p.sources)} | ${f0(s.diskMB)} MB | ${f1(s.generateMs / 1000)} s | ${f1((p.readMs + p.buildMs) / 1000)} s | ${f0(p.heapMiB)} MiB | ${f3(p.index.p95)} ms | ${f3(p.page.p95)} ms | ${f1(p.scanP50)} ms | ${s.api.p50} ms | ${s.api.p99} ms | ${f0(s.api.rps)} | ${f0(s.serverRssMiB)} MiB | ${f0(s.firstRender.median)} ms | ${f2(s.firstRender.ratioToSmall)}× | ${f1(s.pan.p95)} ms |`;
  }),
  '',
  ...(results.scale.length > 1
    ? (() => {
        const a = results.scale[0];
        const b = results.scale[results.scale.length - 1];
        const g = (x, y) => `${f1(y / x)}×`;
        return [
          `Growth from ${f0(a.inProcess.events)} to ${f0(b.inProcess.events)} events (${g(a.inProcess.events, b.inProcess.events)} the data): load + index ${g(a.inProcess.readMs + a.inProcess.buildMs, b.inProcess.readMs + b.inProcess.buildMs)}, heap ${g(a.inProcess.heapMiB, b.inProcess.heapMiB)}, query p95 ${g(a.inProcess.index.p95, b.inProcess.index.p95)}, API p99 ${g(a.api.p99, b.api.p99)}, first render ${g(a.firstRender.median, b.firstRender.median)}.`,
          '',
        ];
      })()
    : []),
  'Other figures per size:',
  '',
  ...results.scale.map(
    (s) =>
      `- ${f0(s.inProcess.events)} events: reading the files ${f1(s.inProcess.readMs / 1000)} s, validating and indexing ${f1(s.inProcess.buildMs / 1000)} s; the server answered ${f1(s.serverStartMs / 1000)} s after starting (with the real data: ${f1(results.smallStartMs / 1000)} s); its memory ${f0(s.serverRssMiB)} MiB after loading, ${f0(s.serverRssAfterMiB)} MiB after the runs. City query example \`${s.api.examplePath}\`: ${f0(s.api.exampleTotal)} events matched, ${s.api.exampleFeatures} sent. An unfiltered /api/events sends ${f0(s.api.unfilteredFeatures)} features (one page). The embed transferred ${f1(kb(s.weight.total))} kB in ${s.weight.requests} requests and drew ${f0(s.clusters)} clusters and places. Panning: ${s.pan.frames} frames, median ${f1(s.pan.p50)} ms.`,
  ),
  '',
];
writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), lines.join('\n'));
writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`wrote bench/RESULTS.md in ${f0(results.totalSeconds)} s`);
process.exit(0);
