// npm run import -- <format> FILE [--map mapping.json] [--dry-run] [--skip-invalid] [--for-review [--sent-by NAME]]
//   [--replace-scope country=SY,from=2012-01-01,to=2012-12-31] [--retrieved YYYY-MM-DD] [--release 23.1] [--rejects FILE]
// Imports a dataset file (UCDP GED, ACLED, UNHCR, GeoJSON control areas, or any CSV of events with a
// mapping) into the store the environment names (SQLite under STORE_DIR, or DATABASE_URL), streamed,
// checked like data/ and written in one transaction. Open pages show the result within seconds.
// With --for-review it is checked the same way but kept pending at the desk, for a publisher to
// publish whole or reject.
import { mkdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { DataError } from '../lib/data/data-error';
import { FORMATS, type FormatName } from '../lib/import/detect';
import { progressReporter } from '../lib/import/progress';
import { rejectsByReason, reportLines, writeRejects } from '../lib/import/report';
import { runImport, RowsRejected } from '../lib/import/run-import';
import { parseScope } from '../lib/import/scope';
import type { Reject } from '../lib/import/errors';
import { backendFromEnv, openStore } from '../lib/store/index';

const USAGE = `usage: npm run import -- <${FORMATS.join('|')}> FILE [--map mapping.json] [--dry-run] [--skip-invalid] [--for-review [--sent-by NAME]]
         [--replace-scope country=SY,from=2012-01-01,to=2012-12-31] [--retrieved YYYY-MM-DD] [--release 23.1] [--rejects FILE]`;
const FLAGS = new Set(['--dry-run', '--skip-invalid', '--for-review']);
const VALUED = new Set(['--map', '--replace-scope', '--retrieved', '--release', '--rejects', '--sent-by']);

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) positional.push(arg);
    else if (FLAGS.has(arg)) flags.add(arg);
    else {
      const [name, inline] = arg.split(/=(.*)/s);
      if (!VALUED.has(name)) usage(`unknown option ${arg}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) usage(`${name} needs a value`);
      values.set(name, value);
    }
  }
  const [format, file, ...rest] = positional;
  if (!format || !file) usage('a format and a file are needed');
  if (rest.length) usage(`unexpected argument ${rest[0]}`);
  if (values.has('--sent-by') && !flags.has('--for-review')) usage('--sent-by names who sent a batch --for-review');
  if (!(FORMATS as readonly string[]).includes(format)) usage(`unknown format "${format}"`);
  const retrieved = values.get('--retrieved');
  if (retrieved && !/^\d{4}-\d{2}-\d{2}$/.test(retrieved)) usage('--retrieved must be a date written YYYY-MM-DD');
  return { format: format as FormatName, file, flags, values };
}

/** Where the rejects report goes: --rejects, else the temp folder (never beside the data file, which may be read-only or shared). */
function rejectsPath(file: string, given: string | undefined): string {
  if (given) return given;
  const dir = path.join(tmpdir(), 'situation-import');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${path.basename(file)}.rejects.csv`);
}

function saveRejects(file: string, given: string | undefined, rejects: Reject[]) {
  const where = rejectsPath(file, given);
  writeRejects(where, rejects);
  console.error(`the rejected rows, with their reasons, are in ${where}`);
}

async function main() {
  const { format, file, flags, values } = parseArgs(process.argv.slice(2));
  const replaceScope = values.has('--replace-scope') ? parseScope(values.get('--replace-scope')!) : undefined;
  const store = await openStore(backendFromEnv);
  const progress = progressReporter(process.stderr);
  try {
    console.log(`importing ${file} as ${format}${flags.has('--dry-run') ? ' (dry run)' : ''} into the ${store.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'} store`);
    const report = await runImport(store, {
      format,
      file,
      mapFile: values.get('--map'),
      dryRun: flags.has('--dry-run'),
      skipInvalid: flags.has('--skip-invalid'),
      replaceScope,
      retrieved: values.get('--retrieved'),
      release: values.get('--release'),
      ...(flags.has('--for-review') && { forReview: { sentBy: values.get('--sent-by') ?? userInfo().username } }),
      onProgress: progress.update,
    });
    progress.done();
    for (const line of reportLines(report)) console.log(line);
    if (report.reviewBatch) console.log(`sent to review as batch ${report.reviewBatch}: nothing is published until a publisher publishes it at /desk/imports`);
    if (report.rejected) saveRejects(file, values.get('--rejects'), report.rejects);
  } catch (e) {
    progress.done();
    if (e instanceof RowsRejected) {
      console.error(`data error: ${e.message}`);
      for (const g of rejectsByReason(e.rejects)) console.error(`  ${g.count} × ${g.reason} (${g.rows.join(', ')}${g.count > g.rows.length ? ', …' : ''})`);
      saveRejects(file, values.get('--rejects'), e.rejects);
      console.error('nothing was written (--skip-invalid writes the other rows)');
      process.exitCode = 1;
    } else throw e;
  } finally {
    await store.close();
  }
}

main().catch((e) => {
  if (e instanceof DataError) console.error(`data error: ${e.message}\nnothing was written`);
  else console.error(`import failed: ${(e as Error).message}\nnothing was written`);
  process.exit(1);
});
