// Builds what the app serves from npm packages, so nothing is fetched at run time:
// the basemap (Natural Earth via world-atlas) into public/geo/, the map fonts into public/fonts/,
// MapLibre and its worker into public/, and the embed (scripts/build-embed.ts). Run by `npm run build`
// and `npm run dev`, under the react-server condition, so that it reads the situation's region through getSituation() as the
// pages do (which also stops the build on a bad data/situation.json).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { clipCountries, clipLines, countryLabelPoints } from '../lib/geo/basemap';
import { BASEMAP_FILES } from '../lib/map/region';
import { PRECOMPRESSED, PRECOMPRESSED_DIR } from '../lib/security/precompressed';
import { MAP_FONT_FILES } from '../lib/map/fonts';
import { COUNTRY_NAMES_AR } from '../lib/map/country-names';
import { getSituation } from '../lib/situation/get-situation';
import { buildEmbed } from './build-embed';

const root = path.resolve(__dirname, '..');
const publicDir = path.join(root, 'public');
const require = createRequire(__filename);
const resolvePackageFile = (spec: string) => require.resolve(spec);

function write(urlPath: string, data: unknown) {
  const file = path.join(publicDir, urlPath);
  mkdirSync(path.dirname(file), { recursive: true });
  const text = JSON.stringify(data);
  writeFileSync(file, text);
  console.log(`wrote public${urlPath} (${(text.length / 1024).toFixed(0)} KiB)`);
}

/** The basemap: Natural Earth's countries, borders and label points, clipped to the region. */
function writeBasemap(regionBbox: [number, number, number, number]) {
  const topology = JSON.parse(readFileSync(resolvePackageFile('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const countriesObject = topology.objects.countries as GeometryCollection<{ name: string }>;
  const allCountries = feature(topology, countriesObject) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const countries = clipCountries(allCountries, regionBbox);
  const borders = mesh(topology, countriesObject, (a, b) => a !== b) as MultiLineString;

  write(BASEMAP_FILES.countries, countries);
  write(BASEMAP_FILES.borders, clipLines({ type: 'Feature', geometry: borders, properties: {} }, regionBbox));
  // Labels carry the Arabic name beside the English one, for the Arabic interface.
  const labels = countryLabelPoints(countries);
  write(BASEMAP_FILES.labels, { ...labels, features: labels.features.map((f) => ({ ...f, properties: { ...f.properties, name_ar: COUNTRY_NAMES_AR[f.properties.name] ?? f.properties.name } })) });
}

const basemap = getSituation().then(
  (situation) => writeBasemap(situation.region.bbox),
  (e: unknown) => {
    console.error(`data error: ${(e as Error).message}`);
    process.exit(1);
  },
);

for (const { packageFile, url } of MAP_FONT_FILES) {
  mkdirSync(path.join(publicDir, path.dirname(url)), { recursive: true });
  copyFileSync(resolvePackageFile(packageFile), path.join(publicDir, url));
}
// MapLibre and its worker are served as MapLibre ships them (lib/map/maplibre-module.ts).
for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs']) copyFileSync(resolvePackageFile(`maplibre-gl/dist/${file}`), path.join(publicDir, file));
console.log(`copied ${MAP_FONT_FILES.length} map fonts, MapLibre and its worker into public/`);

// The embed's own build (scripts/build-embed.ts).
const embed = buildEmbed().catch((e: unknown) => {
  console.error(`embed build error: ${(e as Error).message}`);
  process.exit(1);
});

/** The static files gzipped once, at the highest level, beside nothing they could go stale against (lib/security/precompressed.ts). */
function writePrecompressed() {
  const out = path.join(publicDir, PRECOMPRESSED_DIR);
  rmSync(out, { recursive: true, force: true });
  let raw = 0;
  let gzipped = 0;
  for (const { dir, ends } of PRECOMPRESSED) {
    for (const name of readdirSync(path.join(publicDir, dir)).filter((f) => f.endsWith(ends))) {
      const body = readFileSync(path.join(publicDir, dir, name));
      const gzip = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
      mkdirSync(path.join(out, dir), { recursive: true });
      writeFileSync(path.join(out, dir, name), gzip);
      raw += body.length;
      gzipped += gzip.length;
    }
  }
  console.log(`gzipped the static files into public${PRECOMPRESSED_DIR}/ (${(raw / 1024).toFixed(0)} KiB to ${(gzipped / 1024).toFixed(0)} KiB)`);
}
void Promise.all([basemap, embed]).then(writePrecompressed);
