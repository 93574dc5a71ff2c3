// The JavaScript each page loads, compressed, and what it is made of: a bundle analysis.
//   node bench/bundle.mjs          against the existing build (.next), on a `next start` of its own
//   BUNDLE_BASE=http://host:port   against a server already running that build
// For what each chunk holds, build with BENCH_SOURCE_MAPS=1 (next.config.ts then writes the
// browser source maps): every byte of a chunk is put down to the package (or the app's folder)
// its source map names, and the chunk's gzip size is shared out in proportion.
// run.mjs calls bundleAnalysis() with its own browser and server.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHUNKS = path.join(ROOT, '.next', 'static', 'chunks');
export const BUNDLE_PAGES = ['/embed', '/'];

/** Who a source file belongs to: its npm package, or the app's top-level folder. */
export function ownerOf(source) {
  const s = decodeURIComponent(source).replace(/^.*?\[project\]\//, '').replace(/^(webpack|turbopack):\/+/, '');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const [a, b] = s.slice(nm + 'node_modules/'.length).split('/');
    return a.startsWith('@') ? `${a}/${b}` : a;
  }
  // esbuild's maps (the embed's, public/_embed/) name sources from the chunk's folder: ../../lib/...
  const top = s.replace(/^(\.\.?\/)+/, '').split('/');
  return top.length > 1 ? `app: ${top[0]}/` : `app: ${top[0] || '(generated)'}`;
}

/** Raw bytes of a chunk by owner, from its source map (null without one). */
function ownersOf(file) {
  const text = readFileSync(file, 'utf8');
  // The chunk names its map (which Turbopack names by another hash than the chunk's).
  const named = /\/\/# sourceMappingURL=([^\s]+)\s*$/.exec(text)?.[1];
  // (The embed's build names it by its URL path, under public/.)
  const mapFile = !named || named.startsWith('data:') ? `${file}.map` : named.startsWith('/') ? path.join(ROOT, 'public', named) : path.join(path.dirname(file), named);
  if (!existsSync(mapFile)) return null;
  const code = text.split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const segments = [];
  consumer.eachMapping((m) => segments.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const owners = new Map();
  let mapped = 0;
  for (let i = 0; i < segments.length; i++) {
    const m = segments[i];
    const next = segments[i + 1];
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : (code[m.generatedLine - 1]?.length ?? m.generatedColumn);
    const bytes = Math.max(0, end - m.generatedColumn);
    const owner = m.source ? ownerOf(m.source) : '(unmapped)';
    owners.set(owner, (owners.get(owner) ?? 0) + bytes);
    mapped += bytes;
  }
  const total = code.reduce((n, l) => n + l.length + 1, 0);
  if (total > mapped) owners.set('(unmapped)', (owners.get('(unmapped)') ?? 0) + total - mapped);
  return owners;
}

/** The scripts a page loads until its map has drawn with all its data (a fresh context: nothing cached). */
async function scriptsOf(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  const scripts = [];
  page.on('requestfinished', async (request) => {
    if (request.resourceType() !== 'script' && !/\.m?js(\?|$)/.test(request.url())) return;
    const sizes = await request.sizes().catch(() => null);
    scripts.push({ path: new URL(request.url()).pathname, transferred: sizes?.responseBodySize ?? 0 });
  });
  await page.goto(url);
  await page.waitForSelector('.maplibregl-map[data-complete="true"]', { timeout: 120_000 });
  await new Promise((r) => setTimeout(r, 300));
  await context.close();
  return scripts;
}

/** Per page: each script's compressed size, and the compressed bytes by package (estimated from the source maps). */
export async function bundleAnalysis({ browser, base, pages = BUNDLE_PAGES }) {
  const out = { pages: {}, sourceMaps: false };
  for (const pagePath of pages) {
    const scripts = await scriptsOf(browser, `${base}${pagePath}`);
    const chunks = [];
    const byOwner = new Map();
    for (const s of scripts) {
      const local = s.path.startsWith('/_next/static/chunks/') ? path.join(CHUNKS, s.path.slice('/_next/static/chunks/'.length)) : path.join(ROOT, 'public', s.path);
      const raw = existsSync(local) ? readFileSync(local) : null;
      const gzip = raw ? gzipSync(raw, { level: 9 }).length : s.transferred;
      // Next's chunks and the embed's own (scripts/build-embed.ts) carry source maps when built for the bench.
      const mapped = s.path.startsWith('/_next/') || s.path.startsWith('/_embed/');
      const owners = raw && mapped ? ownersOf(local) : s.path.includes('maplibre-gl') ? new Map([['maplibre-gl', raw?.length ?? gzip]]) : null;
      if (owners && mapped) out.sourceMaps = true;
      const rawTotal = owners ? [...owners.values()].reduce((a, b) => a + b, 0) : 0;
      const top = owners ? [...owners].sort((a, b) => b[1] - a[1]) : [];
      for (const [owner, bytes] of top) byOwner.set(owner, (byOwner.get(owner) ?? 0) + (gzip * bytes) / rawTotal);
      if (!owners) byOwner.set('(no source map)', (byOwner.get('(no source map)') ?? 0) + gzip);
      chunks.push({ path: s.path, transferred: s.transferred, gzip, raw: raw?.length ?? null, top: top.slice(0, 4).map(([o, b]) => `${o} ${Math.round((100 * b) / rawTotal)}%`) });
    }
    const total = chunks.reduce((n, c) => n + c.gzip, 0);
    const maplibre = byOwner.get('maplibre-gl') ?? 0;
    out.pages[pagePath] = {
      scripts: chunks.length,
      gzip: total,
      transferred: chunks.reduce((n, c) => n + c.transferred, 0),
      maplibreGzip: maplibre,
      beyondMaplibreGzip: total - maplibre,
      chunks: chunks.sort((a, b) => b.gzip - a.gzip),
      owners: [...byOwner].map(([owner, gzip]) => ({ owner, gzip })).sort((a, b) => b.gzip - a.gzip),
    };
  }
  return out;
}

const kB = (n) => (n / 1000).toFixed(1);

/** The analysis as Markdown: per page the totals, the packages and the chunks. */
export function renderBundle(analysis) {
  const lines = ['## Bundle analysis (gzip -9 of the files the page loaded)', ''];
  if (!analysis.sourceMaps) lines.push('Built without source maps: chunks are listed, not their contents (build with BENCH_SOURCE_MAPS=1).', '');
  for (const [page, p] of Object.entries(analysis.pages)) {
    lines.push(`### ${page}: ${p.scripts} scripts, ${kB(p.gzip)} kB (maplibre-gl ${kB(p.maplibreGzip)} kB; beyond it ${kB(p.beyondMaplibreGzip)} kB)`, '');
    lines.push('| package or app folder | kB gzip (share of its chunks) |', '|---|---:|');
    for (const o of p.owners.filter((o) => o.gzip >= 500)) lines.push(`| ${o.owner} | ${kB(o.gzip)} |`);
    lines.push('', '| chunk | kB gzip | kB raw | holds |', '|---|---:|---:|---|');
    for (const c of p.chunks) lines.push(`| ${c.path} | ${kB(c.gzip)} | ${c.raw === null ? '' : kB(c.raw)} | ${c.top.join(', ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('@playwright/test');
  let base = process.env.BUNDLE_BASE;
  let server;
  if (!base) {
    const port = Number(process.env.BUNDLE_PORT ?? 3509);
    server = spawn('npx', ['next', 'start', '-p', String(port)], { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', STORE_DIR: process.env.STORE_DIR ?? '/tmp/situation-map-bundle-store' } });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 120; i++) {
      if (await fetch(`${base}/api/places`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    console.log(renderBundle(await bundleAnalysis({ browser, base })));
  } finally {
    await browser.close();
    if (server) process.kill(-server.pid, 'SIGTERM');
  }
}
