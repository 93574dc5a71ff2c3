// Import speed: 100,000 UCDP-shaped rows (the real sample again and again, each copy with new
// ids) through `npm run import -- ucdp-ged`, into an empty SQLite store and an empty PostgreSQL
// schema, as a command, timed from spawn to exit, with the peak memory of its process tree.
//
//   node bench/import.mjs [ROWS] [DATABASE_URL]     alone: prints JSON
//   importSpeed({ rows, databaseUrl })              from bench/run.mjs
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { treeRssMiB } from './process-memory.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = path.join(ROOT, 'tests/fixtures/import/ucdp-ged231-sample.csv');

/** Writes a UCDP GED 23.1 CSV of at least `rows` rows: the sample's rows, each copy's ids shifted by a million. */
export async function ucdpFile(file, rows) {
  const [header, ...body] = readFileSync(SAMPLE, 'utf8').replace(/\n$/, '').split(/\n(?=\d+,)/);
  const out = createWriteStream(file);
  const write = (s) => new Promise((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
  await write(`${header}\n`);
  let written = 0;
  for (let copy = 0; written < rows; copy++) {
    const take = body.slice(0, Math.min(body.length, rows - written));
    await write(take.map((line) => line.replace(/^(\d+),/, (_, id) => `${Number(id) + copy * 1_000_000},`)).join('\n') + '\n');
    written += take.length;
  }
  await new Promise((resolve) => out.end(resolve));
  return written;
}

/** Runs one import as a command; its wall time, peak RSS (sampled every 100 ms) and last lines. */
function runImport(file, env) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('npx', ['tsx', 'scripts/import.ts', 'ucdp-ged', file, '--release', '23.1', '--retrieved', '2023-06-01'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRssMiB(child.pid))), 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - t0;
      if (code !== 0) reject(new Error(`import exited with ${code}: ${out.slice(-2000)}`));
      else resolve({ ms, peakRssMiB: peak, tail: out.trim().split('\n').slice(-3) });
    });
  });
}

/** Imports `rows` UCDP-shaped rows into SQLite and (given a URL) PostgreSQL; rows/s and memory for each. */
export async function importSpeed({ rows = 100_000, databaseUrl = null } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'situation-import-bench-'));
  try {
    const file = path.join(dir, `ged231-${rows}.csv`);
    const written = await ucdpFile(file, rows);
    const result = { rows: written, fileBytes: statSync(file).size, backends: {} };
    const sqlite = await runImport(file, { STORE_DIR: path.join(dir, 'store'), DATABASE_URL: '' });
    result.backends.sqlite = { ...sqlite, rowsPerS: written / (sqlite.ms / 1000), goalMs: 60_000 };
    if (databaseUrl) {
      const schema = `import_bench_${process.pid}`;
      try {
        const postgres = await runImport(file, { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema });
        result.backends.postgres = { ...postgres, rowsPerS: written / (postgres.ms / 1000), goalMs: 30_000 };
      } finally {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [rows, url] = process.argv.slice(2);
  console.log(JSON.stringify(await importSpeed({ rows: rows ? Number(rows) : undefined, databaseUrl: url ?? null }), null, 2));
}
