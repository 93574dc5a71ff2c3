// Lighthouse 12 (the package's own runner, in Debian's Chromium) on /, /embed and the reference
// page (bench/reference: the same map in plain maplibre-gl), mobile and desktop presets: the medians
// of several runs of the performance score, Total Blocking Time, Largest Contentful Paint and CLS,
// side by side. Under SwiftShader the map's WebGL runs on the CPU and dominates TBT: TBT is also
// given as a ratio to the reference page's.
//   node bench/lighthouse.mjs   against the existing build, on servers of its own
//   LH_RUNS=3 (default)         runs per page and preset
//   LH_APP=http://host:port     an app already running; LH_REF likewise for the reference page
// run.mjs calls lighthouseBench() with its own servers.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
export const LH_PAGES = ['/', '/embed'];
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One Lighthouse run: the four figures (and SEO score) of `url` under `preset`. */
async function lighthouseOnce(url, preset) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  try {
    const options = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'seo'] };
    const { lhr } = await lighthouse(url, options, preset === 'desktop' ? desktopConfig : undefined);
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: (lhr.categories.performance?.score ?? NaN) * 100,
      tbt: audit('total-blocking-time'),
      lcp: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      seo: (lhr.categories.seo?.score ?? NaN) * 100,
      error: lhr.runtimeError?.message,
    };
  } finally {
    await chrome.kill();
  }
}

/** Medians of `runs` runs per page and preset; `targets` maps a label to its URL. The reference's TBT is the ratio's denominator. */
export async function lighthouseBench({ targets, runs = 3, log = console.log }) {
  const out = { runs, rows: [] };
  for (const preset of ['mobile', 'desktop']) {
    for (const [label, url] of Object.entries(targets)) {
      const list = [];
      for (let i = 0; i < runs; i++) {
        const r = await lighthouseOnce(url, preset).catch((e) => ({ error: e.message }));
        log(`lighthouse ${preset} ${label} run ${i + 1}: ${r.error ? `error ${r.error}` : `score ${r.score.toFixed(0)}, TBT ${r.tbt.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}`}`);
        list.push(r);
      }
      const m = (k) => median(list.map((r) => r[k]));
      out.rows.push({ preset, page: label, score: m('score'), tbt: m('tbt'), lcp: m('lcp'), cls: m('cls'), seo: m('seo'), errors: list.filter((r) => r.error).map((r) => r.error) });
    }
    const ref = out.rows.find((r) => r.preset === preset && r.page === 'reference');
    for (const r of out.rows.filter((x) => x.preset === preset)) r.tbtRatio = ref && ref.tbt > 0 ? r.tbt / ref.tbt : NaN;
  }
  return out;
}

/** The medians as a Markdown table. */
export function renderLighthouse({ runs, rows }) {
  const f = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
  return [
    `## Lighthouse 12 (medians of ${runs} runs; Debian Chromium, SwiftShader WebGL)`,
    '',
    '| preset | page | performance | TBT ms | TBT ÷ reference | LCP ms | CLS | SEO |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.preset} | ${r.page} | ${f(r.score)} | ${f(r.tbt)} | ${f(r.tbtRatio, 2)} | ${f(r.lcp)} | ${f(r.cls, 3)} | ${f(r.seo)} |${r.errors.length ? ` ${r.errors.length} run(s) failed: ${r.errors[0]}` : ''}`),
    '',
  ].join('\n');
}

/** A reference page for `app`: the snapshot of the app's complete map, served with plain maplibre-gl (as run.mjs does). */
export async function startReference({ browser, app, port }) {
  const { startStaticServer } = await import('./reference/server.mjs');
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${app}/embed`);
  await page.waitForSelector('.maplibregl-map[data-complete="true"]', { timeout: 120_000 });
  const snapshot = await page.evaluate(() => {
    const map = window.__situationMap;
    const hatch = map.getImage('control-hatch');
    return { style: map.getStyle(), center: map.getCenter().toArray(), zoom: map.getZoom(), images: hatch ? [{ id: 'control-hatch', width: hatch.data.width, height: hatch.data.height, data: Array.from(hatch.data.data) }] : [] };
  });
  await context.close();
  const ref = `http://127.0.0.1:${port}`;
  const places = await (await fetch(`${app}/api/places`)).json();
  const counts = (await (await fetch(`${app}/api/places/counts?to=${(await (await fetch(`${app}/api/control`)).json()).date}`)).json()).counts;
  const markers = places.features.length <= 50 ? places.features.map((f) => ({ name: f.properties.name, coordinates: f.geometry.coordinates, count: counts[f.id] ?? 0 })) : [];
  const dir = path.join(os.tmpdir(), 'situation-map-lighthouse-ref');
  mkdirSync(dir, { recursive: true });
  const style = { ...JSON.parse(JSON.stringify(snapshot.style).replaceAll(app, ref)), center: snapshot.center, zoom: snapshot.zoom };
  writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify({ style, images: snapshot.images, markers }));
  const server = await startStaticServer({ port, roots: [path.join(ROOT, 'bench', 'reference'), dir, path.join(ROOT, 'public'), path.join(ROOT, 'node_modules', 'maplibre-gl', 'dist')] });
  return { url: `${ref}/`, close: () => server.close() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('@playwright/test');
  let app = process.env.LH_APP;
  let server;
  if (!app) {
    const port = Number(process.env.LH_PORT ?? 3508);
    server = spawn('npx', ['next', 'start', '-p', String(port)], { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', STORE_DIR: process.env.STORE_DIR ?? '/tmp/situation-map-lighthouse-store' } });
    app = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 120 && !(await fetch(`${app}/api/places`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  let reference;
  try {
    reference = process.env.LH_REF ? { url: process.env.LH_REF, close: () => {} } : await startReference({ browser, app, port: Number(process.env.LH_REF_PORT ?? 3507) });
    await browser.close();
    const targets = { ...Object.fromEntries(LH_PAGES.map((p) => [p, `${app}${p}`])), ...(process.env.LH_PLACE ? { [`/?place=${process.env.LH_PLACE}`]: `${app}/?place=${process.env.LH_PLACE}` } : {}), reference: reference.url };
    console.log(renderLighthouse(await lighthouseBench({ targets, runs: Number(process.env.LH_RUNS ?? 3) })));
  } finally {
    await browser.close().catch(() => {});
    reference?.close();
    if (server) process.kill(-server.pid, 'SIGTERM');
  }
}
