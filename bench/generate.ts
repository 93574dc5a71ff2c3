// Synthetic data folders for performance benchmarks: the real data/ plus N invented events around
// real cities of Syria and its neighbours, each cited verbatim from invented archived articles, so
// buildDataset accepts the folder exactly as it accepts data/. Deterministic: the same arguments
// write byte-identical files. Never writes to the repository's data/.
//
// Writes: the real files copied unchanged; places.json and sources.json with the real records first;
// sources/{id}.txt, one short invented article per about 8 events; events/{year}.json, a year of
// events each (a year past MAX_PER_FILE events goes on in {year}-2.json). The out folder is emptied
// first, but only if it is empty or was written here before (it holds SYNTHETIC.txt).
//
// Usage: npx tsx bench/generate.ts --events 100000 --out /tmp/situation-100k [--seed 7]
//        DATA_DIR=/tmp/situation-100k npx tsx scripts/check-data.ts
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { feature } from 'topojson-client';
import type { MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type GenerateOptions = { events: number; out: string; seed?: number };
/** Counts are of synthetic records only; the real ones are written in addition. `bytes`: everything written. */
export type GenerateResult = { places: number; sources: number; events: number; bytes: number; ms: number };

export const DEFAULT_SEED = 20121;
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REAL_DATA = path.join(REPO, 'data');
/** Written to every generated folder; a non-empty folder without it is never emptied. */
const MARKER = 'SYNTHETIC.txt';
const COPIED = ['actors.json', 'areas.json', 'control.json', 'countries.json', 'flows.json', 'itineraries.json', 'events.json', 'situation.json'];

// ---------------------------------------------------------------------------------------------
// Random numbers: a seeded sfc32 stream per purpose, so one part's draws never shift another's.

function makeRng(seed: number, ...salt: (string | number)[]): () => number {
  // xmur3 string hash of the seed and salt, then sfc32.
  const key = `${seed}:${salt.join(':')}`;
  let h = 1779033703 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  let a = next(), b = next(), c = next(), d = next();
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}
/** Picks a key of a table of weights. */
function weighted<K extends string>(rng: Rng, table: Record<K, number>): K {
  const entries = Object.entries(table) as [K, number][];
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((r -= w) < 0) return k;
  return entries[entries.length - 1][0];
}

// ---------------------------------------------------------------------------------------------
// Days: integers since 1970-01-01 (a Thursday), with their ISO strings and words precomputed.

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const FIRST = dayOf('2012-01-01');
const LAST = dayOf('2024-11-24');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TABLE_FROM = FIRST - 40;
const TABLE_TO = LAST + 40;
const isoOf: string[] = [];
const yearOf: number[] = [];
const monthOf: number[] = [];
const domOf: number[] = [];
for (let d = TABLE_FROM; d <= TABLE_TO; d++) {
  const iso = new Date(d * DAY_MS).toISOString().slice(0, 10);
  isoOf.push(iso);
  yearOf.push(Number(iso.slice(0, 4)));
  monthOf.push(Number(iso.slice(5, 7)) - 1);
  domOf.push(Number(iso.slice(8, 10)));
}
const iso = (d: number) => isoOf[d - TABLE_FROM];
const year = (d: number) => yearOf[d - TABLE_FROM];
const dom = (d: number) => domOf[d - TABLE_FROM];
const month = (d: number) => monthOf[d - TABLE_FROM];
const words = (d: number) => `${dom(d)} ${MONTHS[month(d)]} ${year(d)}`;
const monday = (d: number) => d - ((d + 3) % 7);
const monthEnd = (d: number) => Math.round(Date.UTC(year(d), month(d) + 1, 0) / DAY_MS);

// ---------------------------------------------------------------------------------------------
// Cities: real towns with WGS84 coordinates, busiest first (Zipf weights by rank).

type CountryCode = 'SY' | 'TR' | 'LB' | 'IQ' | 'JO';
const COUNTRIES: Record<CountryCode, { name: string; naturalEarthId: string }> = {
  SY: { name: 'Syria', naturalEarthId: '760' },
  TR: { name: 'Turkey', naturalEarthId: '792' },
  LB: { name: 'Lebanon', naturalEarthId: '422' },
  IQ: { name: 'Iraq', naturalEarthId: '368' },
  JO: { name: 'Jordan', naturalEarthId: '400' },
};

type City = { id: string; name: string; ar: string; country: CountryCode; lon: number; lat: number; sigmaKm: number; north?: boolean };
// prettier-ignore
const CITIES: City[] = [
  { id: 'aleppo', name: 'Aleppo', ar: 'حلب', country: 'SY', lon: 37.1343, lat: 36.2021, sigmaKm: 12, north: true },
  { id: 'idlib', name: 'Idlib', ar: 'إدلب', country: 'SY', lon: 36.6339, lat: 35.9306, sigmaKm: 15, north: true },
  { id: 'damascus', name: 'Damascus', ar: 'دمشق', country: 'SY', lon: 36.2765, lat: 33.5138, sigmaKm: 15 },
  { id: 'daraa', name: 'Daraa', ar: 'درعا', country: 'SY', lon: 36.1021, lat: 32.6189, sigmaKm: 11 },
  { id: 'hama', name: 'Hama', ar: 'حماة', country: 'SY', lon: 36.7578, lat: 35.1318, sigmaKm: 12 },
  { id: 'homs', name: 'Homs', ar: 'حمص', country: 'SY', lon: 36.7137, lat: 34.7324, sigmaKm: 11 },
  { id: 'deir-ez-zor', name: 'Deir ez-Zor', ar: 'دير الزور', country: 'SY', lon: 40.1408, lat: 35.3359, sigmaKm: 13 },
  { id: 'douma', name: 'Douma', ar: 'دوما', country: 'SY', lon: 36.4014, lat: 33.5711, sigmaKm: 4 },
  { id: 'raqqa', name: 'Raqqa', ar: 'الرقة', country: 'SY', lon: 39.0083, lat: 35.9594, sigmaKm: 10 },
  { id: 'maarat-al-numan', name: 'Maarat al-Numan', ar: 'معرة النعمان', country: 'SY', lon: 36.6736, lat: 35.6433, sigmaKm: 6, north: true },
  { id: 'hasakah', name: 'Hasakah', ar: 'الحسكة', country: 'SY', lon: 40.7477, lat: 36.5024, sigmaKm: 10, north: true },
  { id: 'al-bab', name: 'Al-Bab', ar: 'الباب', country: 'SY', lon: 37.5156, lat: 36.3706, sigmaKm: 6, north: true },
  { id: 'afrin', name: 'Afrin', ar: 'عفرين', country: 'SY', lon: 36.8697, lat: 36.5117, sigmaKm: 7, north: true },
  { id: 'jisr-al-shughur', name: 'Jisr al-Shughur', ar: 'جسر الشغور', country: 'SY', lon: 36.3186, lat: 35.8128, sigmaKm: 5, north: true },
  { id: 'manbij', name: 'Manbij', ar: 'منبج', country: 'SY', lon: 37.955, lat: 36.5281, sigmaKm: 7, north: true },
  { id: 'latakia', name: 'Latakia', ar: 'اللاذقية', country: 'SY', lon: 35.7833, lat: 35.5167, sigmaKm: 9 },
  { id: 'azaz', name: 'Azaz', ar: 'أعزاز', country: 'SY', lon: 37.0447, lat: 36.5864, sigmaKm: 4, north: true },
  { id: 'qamishli', name: 'Qamishli', ar: 'القامشلي', country: 'SY', lon: 41.2262, lat: 37.0522, sigmaKm: 6, north: true },
  { id: 'palmyra', name: 'Palmyra', ar: 'تدمر', country: 'SY', lon: 38.2673, lat: 34.5601, sigmaKm: 12 },
  { id: 'kobani', name: 'Kobani', ar: 'عين العرب', country: 'SY', lon: 38.3539, lat: 36.8906, sigmaKm: 5, north: true },
  { id: 'suwayda', name: 'Suwayda', ar: 'السويداء', country: 'SY', lon: 36.5667, lat: 32.7089, sigmaKm: 10 },
  { id: 'ras-al-ain', name: 'Ras al-Ain', ar: 'رأس العين', country: 'SY', lon: 40.0706, lat: 36.8503, sigmaKm: 5, north: true },
  { id: 'tartus', name: 'Tartus', ar: 'طرطوس', country: 'SY', lon: 35.8867, lat: 34.889, sigmaKm: 7 },
  { id: 'mosul', name: 'Mosul', ar: 'الموصل', country: 'IQ', lon: 43.1289, lat: 36.345, sigmaKm: 10 },
  { id: 'gaziantep', name: 'Gaziantep', ar: 'غازي عنتاب', country: 'TR', lon: 37.3833, lat: 37.0662, sigmaKm: 8 },
  { id: 'antakya', name: 'Antakya', ar: 'أنطاكيا', country: 'TR', lon: 36.1613, lat: 36.2023, sigmaKm: 7 },
  { id: 'kilis', name: 'Kilis', ar: 'كلس', country: 'TR', lon: 37.1212, lat: 36.7184, sigmaKm: 4 },
  { id: 'sanliurfa', name: 'Sanliurfa', ar: 'شانلي أورفا', country: 'TR', lon: 38.7969, lat: 37.1591, sigmaKm: 8 },
  { id: 'tripoli-lebanon', name: 'Tripoli', ar: 'طرابلس', country: 'LB', lon: 35.8497, lat: 34.4367, sigmaKm: 4 },
  { id: 'beirut', name: 'Beirut', ar: 'بيروت', country: 'LB', lon: 35.5018, lat: 33.8938, sigmaKm: 4 },
  { id: 'amman', name: 'Amman', ar: 'عمّان', country: 'JO', lon: 35.9106, lat: 31.9539, sigmaKm: 8 },
];
const CITY_WEIGHT = CITIES.map((_, rank) => 1 / (rank + 1) ** 0.9);

/** Offensives and one earthquake: weeks when a city sees many times its usual number of events. */
type Burst = { city: string; from: number; to: number; times: number; kind: 'offensive' | 'disaster' };
// prettier-ignore
const BURSTS: Burst[] = ([
  ['homs', '2012-02-03', '2012-03-01', 6, 'offensive'],
  ['aleppo', '2012-07-19', '2012-10-15', 3, 'offensive'],
  ['damascus', '2013-08-15', '2013-09-15', 3, 'offensive'],
  ['mosul', '2014-06-04', '2014-06-30', 8, 'offensive'],
  ['kobani', '2014-09-13', '2015-01-26', 10, 'offensive'],
  ['jisr-al-shughur', '2015-04-22', '2015-06-10', 4, 'offensive'],
  ['palmyra', '2015-05-13', '2015-05-27', 12, 'offensive'],
  ['hasakah', '2015-06-25', '2015-08-01', 5, 'offensive'],
  ['palmyra', '2016-03-07', '2016-03-27', 12, 'offensive'],
  ['manbij', '2016-05-31', '2016-08-12', 6, 'offensive'],
  ['aleppo', '2016-06-25', '2016-12-22', 4, 'offensive'],
  ['mosul', '2016-10-17', '2017-07-20', 6, 'offensive'],
  ['al-bab', '2016-11-06', '2017-02-23', 6, 'offensive'],
  ['raqqa', '2017-06-06', '2017-10-17', 7, 'offensive'],
  ['deir-ez-zor', '2017-09-09', '2017-11-03', 5, 'offensive'],
  ['afrin', '2018-01-20', '2018-03-24', 9, 'offensive'],
  ['douma', '2018-02-18', '2018-04-14', 10, 'offensive'],
  ['damascus', '2018-02-18', '2018-04-14', 3, 'offensive'],
  ['daraa', '2018-06-19', '2018-07-31', 7, 'offensive'],
  ['idlib', '2019-04-26', '2019-08-31', 2.5, 'offensive'],
  ['ras-al-ain', '2019-10-09', '2019-11-25', 10, 'offensive'],
  ['idlib', '2019-12-19', '2020-03-05', 4, 'offensive'],
  ['maarat-al-numan', '2019-12-19', '2020-01-28', 8, 'offensive'],
  ['hasakah', '2022-01-20', '2022-01-30', 10, 'offensive'],
  ['antakya', '2023-02-06', '2023-03-20', 10, 'disaster'],
  ['gaziantep', '2023-02-06', '2023-03-20', 6, 'disaster'],
  ['kilis', '2023-02-06', '2023-03-20', 4, 'disaster'],
  ['sanliurfa', '2023-02-06', '2023-03-20', 3, 'disaster'],
  ['jisr-al-shughur', '2023-02-06', '2023-03-20', 4, 'disaster'],
  ['afrin', '2023-02-06', '2023-03-20', 4, 'disaster'],
  ['aleppo', '2023-02-06', '2023-03-20', 2, 'disaster'],
] as const).map(([city, from, to, times, kind]) => ({ city, from: dayOf(from), to: dayOf(to), times, kind }));

/** The war's overall intensity by year (mid-year values, interpolated between). */
const YEAR_LEVEL: Record<number, number> = { 2011: 0.5, 2012: 0.65, 2013: 0.85, 2014: 0.9, 2015: 0.9, 2016: 0.82, 2017: 0.82, 2018: 0.8, 2019: 0.78, 2020: 0.7, 2021: 0.62, 2022: 0.58, 2023: 0.55, 2024: 0.55, 2025: 0.55 };
function level(d: number): number {
  const t = (d - dayOf('1970-01-01')) / 365.2425 + 1970 - 0.5;
  const y = Math.floor(t);
  return YEAR_LEVEL[y] + (YEAR_LEVEL[y + 1] - YEAR_LEVEL[y]) * (t - y);
}

// ---------------------------------------------------------------------------------------------
// Places: each city's centre and localities scattered around it, kept on land in its country.

type Ring = number[][];
type CountryShape = { polygons: Ring[][]; box: [number, number, number, number] };

function countryShapes(): Map<CountryCode, CountryShape> {
  const topology = JSON.parse(readFileSync(path.join(REPO, 'node_modules', 'world-atlas', 'countries-50m.json'), 'utf8')) as Topology;
  const all = feature(topology, topology.objects.countries as GeometryCollection).features;
  const shapes = new Map<CountryCode, CountryShape>();
  for (const [code, c] of Object.entries(COUNTRIES) as [CountryCode, { naturalEarthId: string }][]) {
    const f = all.find((x) => String(x.id) === c.naturalEarthId);
    if (!f) throw new Error(`Natural Earth has no country ${c.naturalEarthId}`);
    const g = f.geometry as Polygon | MultiPolygon;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const box: [number, number, number, number] = [180, 90, -180, -90];
    for (const [x, y] of polygons.flat(2)) {
      box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y); box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
    }
    shapes.set(code, { polygons, box });
  }
  return shapes;
}

function inside(shape: CountryShape, x: number, y: number): boolean {
  const [minX, minY, maxX, maxY] = shape.box;
  if (x < minX || x > maxX || y < minY || y > maxY) return false;
  for (const rings of shape.polygons) {
    let odd = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
      }
    }
    if (odd) return true;
  }
  return false;
}

type PlaceRecord = { id: string; name: string; names: Record<string, string>; country: string; countryName: string; coordinates: [number, number] };
/** A place events happen at: its record and the words the summaries use for where it lies. */
type Spot = { id: string; name: string; where: string };

/** Synthetic places (city centres and localities) for a dataset of `events` events: about 800 at 10k, 3,000 at 100k, 10,000 at 1M. */
export function placeCount(events: number): number {
  const points: [number, number][] = [[1e4, 800], [1e5, 3000], [1e6, 10000]];
  const x = Math.log10(Math.max(1, events));
  const [[x0, y0], [x1, y1]] = x < 5 ? [points[0], points[1]] : [points[1], points[2]];
  const lx0 = Math.log10(x0), lx1 = Math.log10(x1);
  const ly = Math.log10(y0) + ((Math.log10(y1) - Math.log10(y0)) * (x - lx0)) / (lx1 - lx0);
  return Math.max(CITIES.length * 3, Math.round(10 ** ly));
}

const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

function makePlaces(seed: number, events: number, realIds: Set<string>): { records: PlaceRecord[]; spots: Spot[][] } {
  const shapes = countryShapes();
  const newCentres = CITIES.filter((c) => !realIds.has(c.id)).length;
  const localities = placeCount(events) - newCentres;
  // Localities per city: share by weight^0.7 (largest remainder), at least 2 each.
  const share = CITY_WEIGHT.map((w) => w ** 0.7);
  const total = share.reduce((a, b) => a + b, 0);
  const spare = localities - 2 * CITIES.length;
  const raw = share.map((s) => (s / total) * Math.max(0, spare));
  const counts = raw.map((r) => 2 + Math.floor(r));
  let left = localities - counts.reduce((a, b) => a + b, 0);
  const byRemainder = raw.map((r, i) => [r - Math.floor(r), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) counts[byRemainder[k][1]]++;

  const records: PlaceRecord[] = [];
  const spots: Spot[][] = [];
  CITIES.forEach((city, ci) => {
    const country = COUNTRIES[city.country].name;
    const list: Spot[] = [{ id: city.id, name: city.name, where: `${city.name} (${country})` }];
    if (!realIds.has(city.id)) {
      records.push({ id: city.id, name: city.name, names: { en: city.name, ar: city.ar }, country: city.country, countryName: country, coordinates: [city.lon, city.lat] });
    }
    const rng = makeRng(seed, 'places', city.id);
    const shape = shapes.get(city.country)!;
    const kmLat = 111.32;
    const kmLon = 111.32 * Math.cos((city.lat * Math.PI) / 180);
    for (let i = 1; i <= counts[ci]; i++) {
      // Normal scatter around the centre, drawn again until it falls on land in the city's country
      // (Natural Earth 1:50m), so no locality lies in the sea or across a border.
      let lon = city.lon, lat = city.lat, dx = 0, dy = 0, found = false;
      for (let attempt = 0; attempt < 1000 && !found; attempt++) {
        const sigma = city.sigmaKm * Math.max(0.2, 1 - attempt / 500);
        dx = normal(rng) * sigma;
        dy = normal(rng) * sigma;
        lon = round4(city.lon + dx / kmLon);
        lat = round4(city.lat + dy / kmLat);
        found = Math.hypot(dx, dy) >= 0.5 && inside(shape, lon, lat);
      }
      if (!found) throw new Error(`found no point on land in ${country} around ${city.name}`);
      const km = Math.max(1, Math.round(Math.hypot(dx, dy)));
      const bearing = (Math.atan2(dx, dy) * 180) / Math.PI;
      const direction = COMPASS[Math.round(((bearing + 360) % 360) / 45) % 8];
      const name = `${city.name} locality ${i}`;
      const id = `${city.id}-locality-${i}`;
      records.push({ id, name, names: { en: name }, country: city.country, countryName: country, coordinates: [lon, lat] });
      list.push({ id, name, where: `${name} (${km} km ${direction} of ${city.name})` });
    }
    spots.push(list);
  });
  return { records, spots };
}

// ---------------------------------------------------------------------------------------------
// What happens: kinds of events by category, with the words the sources use for them.

type Category = 'military' | 'diplomatic' | 'humanitarian' | 'political';
type Phrase = { text: string; plural: boolean };
type Words = { p: string; a: Phrase; b: Phrase; n: number };
type Kind = {
  slug: string;
  title: (w: Words) => string;
  lead: (w: Words) => string;
  /** Other outlets' words for the same event (no date). */
  second: ((w: Words) => string)[];
  tails?: (rng: Rng) => string;
  /** Kinds only these first actors can carry out. */
  agents?: string[];
  /** Kinds that happen only in these countries. */
  countries?: CountryCode[];
  twoActors?: boolean;
};

const be = (a: Phrase) => (a.plural ? 'were' : 'was');
const people = (n: number) => (n === 1 ? 'one person' : `${n} people`);
const casualties = (rng: Rng) => {
  const r = rng();
  const k = 1 + Math.floor(rng() ** 2.5 * 24);
  return r < 0.3 ? `, killing ${people(k)}` : r < 0.55 ? `, wounding ${people(k)}` : r < 0.75 ? ', with no casualties reported' : '';
};

// prettier-ignore
const KINDS: Record<Category, Kind[]> = {
  military: [
    { slug: 'shelling', title: (w) => `Shelling in ${w.p}`, lead: (w) => `${w.a.text} shelled ${w.p}`, tails: casualties,
      second: [(w) => `Residents of ${w.p} described heavy shelling`, (w) => `Shells fell on ${w.p}`] },
    { slug: 'airstrike', agents: ['syrian-government', 'turkey'], title: (w) => `Airstrike on ${w.p}`, lead: (w) => `${w.a.text} carried out an airstrike on ${w.p}`, tails: casualties,
      second: [(w) => `Warplanes were heard over ${w.p} before a strike`, (w) => `An airstrike hit ${w.p}`] },
    { slug: 'clashes', title: (w) => `Clashes near ${w.p}`, lead: (w) => `${w.a.text} clashed with ${w.b.text} near ${w.p}`, tails: casualties,
      second: [(w) => `Fighting was reported on the edges of ${w.p}`, (w) => `Heavy gunfire was heard near ${w.p}`] },
    { slug: 'advance', title: (w) => `Advance reported near ${w.p}`, lead: (w) => `${w.a.text} advanced on positions near ${w.p}`, tails: casualties,
      second: [(w) => `Front lines shifted near ${w.p}`, (w) => `${w.a.text[0].toUpperCase()}${w.a.text.slice(1)} ${be(w.a)} reported to have gained ground near ${w.p}`] },
    { slug: 'drone-strike', title: (w) => `Drone strike near ${w.p}`, lead: (w) => `a drone strike hit a vehicle near ${w.p}`, tails: casualties,
      second: [(w) => `A drone struck a car near ${w.p}`] },
    { slug: 'explosion', title: (w) => `Explosion in ${w.p}`, lead: (w) => `a car bomb exploded in ${w.p}`, tails: casualties,
      second: [(w) => `An explosion shook ${w.p}`, (w) => `A blast was reported in ${w.p}`] },
  ],
  humanitarian: [
    { slug: 'aid-convoy', title: (w) => `Aid convoy reaches ${w.p}`, lead: (w) => `an aid convoy of ${w.n + 4} trucks reached ${w.p}`,
      second: [(w) => `Aid trucks were seen entering ${w.p}`] },
    { slug: 'displacement', title: (w) => `Families displaced from ${w.p}`, lead: (w) => `about ${w.n * 10} families fled ${w.p}`,
      second: [(w) => `Families were seen leaving ${w.p}`, (w) => `Displaced families from ${w.p} sought shelter nearby`] },
    { slug: 'clinic-damaged', title: (w) => `Clinic damaged in ${w.p}`, lead: (w) => `a clinic in ${w.p} was damaged`, tails: casualties,
      second: [(w) => `Medical staff said a clinic in ${w.p} had been hit`] },
    { slug: 'returns', title: (w) => `Families return to ${w.p}`, lead: (w) => `about ${w.n * 10} displaced families returned to ${w.p}`,
      second: [(w) => `Displaced families were returning to ${w.p}`] },
  ],
  political: [
    { slug: 'protest', title: (w) => `Protest in ${w.p}`, lead: (w) => `hundreds of people protested in ${w.p}`, tails: (rng) => (rng() < 0.5 ? ', calling for the release of detainees' : ''),
      second: [(w) => `Crowds gathered in the centre of ${w.p}`] },
    { slug: 'council', title: (w) => `Local council meets in ${w.p}`, lead: (w) => `a local council met in ${w.p} to discuss services`,
      second: [(w) => `Council members in ${w.p} met to discuss water and power`] },
    { slug: 'arrests', title: (w) => `Arrests reported in ${w.p}`, lead: (w) => `${w.a.text} arrested ${people(w.n)} in ${w.p}`,
      second: [(w) => `Relatives said people had been detained in ${w.p}`] },
    { slug: 'reconciliation', countries: ['SY'], title: (w) => `Reconciliation deal for ${w.p}`, lead: (w) => `a local reconciliation deal was announced for ${w.p}`,
      second: [(w) => `A local deal was announced for ${w.p}`] },
  ],
  diplomatic: [
    { slug: 'visit', title: (w) => `Delegation visits ${w.p}`, lead: (w) => `${w.a.text} visited ${w.p}`,
      second: [(w) => `Officials confirmed a visit to ${w.p}`] },
    { slug: 'talks', twoActors: true, title: (w) => `Talks held in ${w.p}`, lead: (w) => `${w.a.text} held talks with ${w.b.text} in ${w.p}`,
      second: [(w) => `Talks were held in ${w.p}`, (w) => `Officials met in ${w.p} for talks`] },
    { slug: 'truce', twoActors: true, title: (w) => `Local truce agreed for ${w.p}`, lead: (w) => `${w.a.text} and ${w.b.text} agreed a local truce for ${w.p}`,
      second: [(w) => `A local truce was agreed for ${w.p}`] },
  ],
};

/** Announced, not yet confirmed: the source reports that it was expected. */
// prettier-ignore
const EXPECTED: Record<Category, Kind> = {
  military: { slug: 'assault-expected', title: (w) => `Assault expected near ${w.p}`, lead: (w) => `${w.a.text} ${be(w.a)} expected to launch an assault near ${w.p}`,
    second: [(w) => `Residents of ${w.p} said they expected an assault`] },
  humanitarian: { slug: 'convoy-expected', title: (w) => `Aid convoy expected in ${w.p}`, lead: (w) => `an aid convoy was expected to reach ${w.p}`,
    second: [(w) => `Aid workers said a convoy was due to reach ${w.p}`] },
  political: { slug: 'vote-expected', title: (w) => `Local vote expected in ${w.p}`, lead: (w) => `a local council in ${w.p} was expected to hold a vote`,
    second: [(w) => `A council vote was planned in ${w.p}`] },
  diplomatic: { slug: 'visit-expected', title: (w) => `Visit expected to ${w.p}`, lead: (w) => `${w.a.text} ${be(w.a)} expected to visit ${w.p}`,
    second: [(w) => `Officials said a visit to ${w.p} was planned`] },
};

const MILITARY_PHRASE: Record<string, Phrase> = {
  'syrian-government': { text: 'government forces', plural: true },
  'syrian-opposition': { text: 'opposition fighters', plural: true },
  turkey: { text: 'Turkish forces', plural: true },
  iran: { text: 'Iranian-backed forces', plural: true },
};
const CIVIL_PHRASE: Record<string, Phrase> = {
  'syrian-government': { text: 'a Syrian government delegation', plural: false },
  'syrian-opposition': { text: 'an opposition delegation', plural: false },
  turkey: { text: 'a Turkish delegation', plural: false },
  iran: { text: 'an Iranian delegation', plural: false },
  'bashar-al-assad': { text: 'President Bashar al-Assad', plural: false },
  'recep-tayyip-erdogan': { text: 'Recep Tayyip Erdogan', plural: false },
  'hakan-fidan': { text: 'Hakan Fidan', plural: false },
  'abbas-araghchi': { text: 'Abbas Araghchi', plural: false },
};
const POLICE_PHRASE: Record<string, Phrase> = {
  'syrian-government': { text: 'security forces', plural: true },
  'syrian-opposition': { text: 'opposition police', plural: true },
  turkey: { text: 'Turkish police', plural: true },
  iran: { text: 'Iranian-backed militiamen', plural: true },
  'bashar-al-assad': { text: 'the government of Bashar al-Assad', plural: false },
  'recep-tayyip-erdogan': { text: 'the government of Recep Tayyip Erdogan', plural: false },
};

const CATEGORY_MIX: Record<CountryCode, Record<Category, number>> = {
  SY: { military: 60, humanitarian: 18, political: 13, diplomatic: 9 },
  TR: { military: 12, humanitarian: 48, political: 20, diplomatic: 20 },
  IQ: { military: 55, humanitarian: 25, political: 10, diplomatic: 10 },
  LB: { military: 5, humanitarian: 50, political: 25, diplomatic: 20 },
  JO: { military: 2, humanitarian: 55, political: 20, diplomatic: 23 },
};

function pickActors(rng: Rng, category: Category, city: City, d: number): string[] {
  const r = rng();
  const y = year(d);
  const c = city.country;
  switch (category) {
    case 'military':
      if (c === 'TR' || c === 'IQ') return ['turkey'];
      if (c === 'LB' || c === 'JO') return r < 0.5 ? ['iran'] : ['syrian-government'];
      if (city.north && y >= 2016 && r < 0.3) return rng() < 0.6 ? ['turkey', 'syrian-opposition'] : ['turkey'];
      if (r < 0.62) return ['syrian-government', 'syrian-opposition'];
      if (r < 0.76) return ['syrian-opposition', 'syrian-government'];
      if (r < 0.86) return ['syrian-government'];
      if (r < 0.94 && y >= 2013) return ['iran', 'syrian-opposition'];
      return ['syrian-opposition'];
    case 'humanitarian':
      if (c === 'TR' || c === 'IQ') return ['turkey'];
      if (c === 'LB') return r < 0.3 ? ['iran'] : ['syrian-government'];
      if (c === 'JO') return ['syrian-government'];
      if (city.north && r < 0.2) return ['turkey'];
      return r < 0.6 ? ['syrian-government'] : ['syrian-opposition'];
    case 'political':
      if (c === 'TR') return r < 0.3 ? ['recep-tayyip-erdogan'] : ['turkey'];
      if (c === 'LB') return r < 0.5 ? ['iran'] : ['syrian-government'];
      if (c !== 'SY') return ['syrian-opposition'];
      return r < 0.45 ? ['syrian-government'] : r < 0.6 ? ['bashar-al-assad'] : ['syrian-opposition'];
    case 'diplomatic': {
      if (d >= dayOf('2024-08-21') && r < 0.15) return ['abbas-araghchi', 'iran'];
      if (y >= 2023 && r < 0.25) return ['hakan-fidan', 'turkey'];
      const pairs = [['iran', 'syrian-government'], ['turkey', 'syrian-opposition'], ['turkey', 'iran'], ['iran', 'turkey'], ['bashar-al-assad', 'iran'], ['recep-tayyip-erdogan', 'turkey'], ['syrian-government', 'syrian-opposition']];
      return pick(rng, pairs);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Sources: invented outlets, every one clearly synthetic.

// prettier-ignore
const PUBLISHERS = [
  { id: 'synthetic-wire', name: 'Synthetic Wire' },
  { id: 'benchmark-daily', name: 'Benchmark Daily' },
  { id: 'placeholder-post', name: 'Placeholder Post' },
  { id: 'fixture-times', name: 'The Fixture Times' },
  { id: 'mock-levant', name: 'Mock Levant Monitor' },
  { id: 'sample-news', name: 'Sample News Service' },
  { id: 'dummy-dispatch', name: 'Dummy Dispatch' },
  { id: 'test-pattern', name: 'Test Pattern Review' },
];
const AGENCIES = ['Synthetic Agency A', 'Synthetic Agency B', 'Synthetic Agency C', 'Synthetic Agency D', 'Synthetic Agency E'];
const SOURCE_NOTE = 'Synthetic benchmark data: not real reporting.';
/** Budget for one archived text, so the loader's verbatim checks stay cheap. */
const TEXT_BUDGET = 3800;
/** Events per file (about 65 MB): a busier year is split into {year}-2.json and so on. */
const MAX_PER_FILE = 110_000;

type Citation = { sourceId: string; attribution?: string; quote: string };
type Draft = {
  day: number; // the day sampled
  date: number; // first day of the period
  end: number; // last day of the period
  precision: 'day' | 'week' | 'month';
  dateText: string;
  city: number;
  spot: Spot;
  category: Category;
  kind: Kind;
  actors: string[];
  expected: boolean;
  w: Words;
  tail: string;
  order: number; // tiebreak, drawn
  citations: Citation[];
};
type Report = { at: number; sentence: string };
/** An article: first the events it tells (`told` of its reports, in order), then those it retells. */
type SourceDraft = { id: string; published: number; publisher: (typeof PUBLISHERS)[number]; reports: Report[]; told: number; length: number; cities: Map<number, number> };

// ---------------------------------------------------------------------------------------------
// The folder.

/** Resolves symbolic links of the longest existing prefix of `p`. */
function realish(p: string): string {
  const abs = path.resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = path.dirname(abs);
  return parent === abs ? abs : path.join(realish(parent), path.basename(abs));
}

/** Throws unless `out` is safe to empty: not data/ or inside it, not above it, and empty or generated before. */
function prepareOut(out: string): string {
  const target = realish(out);
  const data = realish(REAL_DATA);
  const within = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
  if (within(target, data)) throw new Error(`refusing to write into the repository's data folder: ${target}`);
  if (within(data, target)) throw new Error(`refusing to empty ${target}: it holds the repository's data folder`);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new Error(`${target} is not a folder`);
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes(MARKER)) throw new Error(`refusing to empty ${target}: it is not empty and was not written by bench/generate.ts (no ${MARKER})`);
    for (const name of entries) rmSync(path.join(target, name), { recursive: true, force: true });
  }
  mkdirSync(path.join(target, 'sources'), { recursive: true });
  mkdirSync(path.join(target, 'events'), { recursive: true });
  return target;
}

/** Appends strings to a file in chunks of about 1 MB, counting bytes. */
class Writer {
  private fd: number;
  private parts: string[] = [];
  private pending = 0;
  bytes = 0;
  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }
  write(s: string) {
    this.parts.push(s);
    this.pending += s.length;
    if (this.pending > 1 << 20) this.flush();
  }
  private flush() {
    if (this.parts.length === 0) return;
    const buffer = Buffer.from(this.parts.join(''), 'utf8');
    writeSync(this.fd, buffer);
    this.bytes += buffer.length;
    this.parts = [];
    this.pending = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Writes the archived texts on a worker thread, a year's batch at a time: creating a hundred thousand
 * small files is bound by the disk, and so overlaps the next year's generation instead of adding to it.
 */
class TextWriter {
  private static code = `
    const { parentPort } = require('node:worker_threads');
    const { writeFileSync } = require('node:fs');
    parentPort.on('message', (batch) => {
      try {
        for (let i = 0; i < batch.length; i += 2) writeFileSync(batch[i], batch[i + 1]);
        parentPort.postMessage(null);
      } catch (e) {
        parentPort.postMessage(String((e && e.message) || e));
      }
    });`;
  private worker = new Worker(TextWriter.code, { eval: true });
  private waiting: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private last: Promise<void> = Promise.resolve();
  constructor() {
    this.worker.on('message', (error: string | null) => {
      const w = this.waiting.shift();
      if (error === null) w?.resolve();
      else w?.reject(new Error(`writing an archived text failed: ${error}`));
    });
    this.worker.on('error', (e) => this.waiting.splice(0).forEach((w) => w.reject(e)));
  }
  /** Queues a batch of [path, text, path, text...]; waits first for the batch before the last, so at most two are pending. */
  async write(batch: string[]) {
    const previous = this.last;
    this.last = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.last.catch(() => {}); // awaited later; not an unhandled rejection meanwhile
    this.worker.postMessage(batch);
    await previous;
  }
  async close() {
    try {
      await this.last;
    } finally {
      await this.worker.terminate();
    }
  }
}

/** Writes a data folder: the real data plus `events` synthetic events, their places and sources. */
export async function generateSyntheticData(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const { events: total, seed = DEFAULT_SEED } = options;
  if (!Number.isInteger(total) || total < 0) throw new Error(`events must be a whole number, not ${total}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}`);
  const out = prepareOut(options.out);
  let bytes = 0;

  // The real data, unchanged.
  for (const name of COPIED) {
    copyFileSync(path.join(REAL_DATA, name), path.join(out, name));
    bytes += statSync(path.join(out, name)).size;
  }
  for (const name of readdirSync(path.join(REAL_DATA, 'sources'))) {
    copyFileSync(path.join(REAL_DATA, 'sources', name), path.join(out, 'sources', name));
    bytes += statSync(path.join(out, 'sources', name)).size;
  }
  const realPlaces = JSON.parse(readFileSync(path.join(REAL_DATA, 'places.json'), 'utf8')) as PlaceRecord[];
  const realSources = JSON.parse(readFileSync(path.join(REAL_DATA, 'sources.json'), 'utf8')) as { id: string }[];
  const realEventIds = new Set((JSON.parse(readFileSync(path.join(REAL_DATA, 'events.json'), 'utf8')) as { id: string }[]).map((e) => e.id));
  const marker = `Synthetic benchmark data written by bench/generate.ts --events ${total} --seed ${seed}: not real reporting.\nThe real data of the repository is copied unchanged; everything else here is invented.\n`;
  writeFileSync(path.join(out, MARKER), marker);
  bytes += Buffer.byteLength(marker);

  // Places.
  const { records: places, spots } = makePlaces(seed, total, new Set(realPlaces.map((p) => p.id)));
  const placesText = `[\n${[...realPlaces, ...places].map((p) => JSON.stringify(p)).join(',\n')}\n]\n`;
  writeFileSync(path.join(out, 'places.json'), placesText);
  bytes += Buffer.byteLength(placesText);

  // How busy each city is on each day: the year's level, the city's rank, weekly noise and bursts.
  const noiseRng = makeRng(seed, 'noise');
  const weeks = Math.ceil((LAST - FIRST + 1) / 7) + 1;
  const noise = new Float64Array(weeks * CITIES.length);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.exp(0.6 * normal(noiseRng) - 0.18);
  const burstsByCity = CITIES.map((c) => BURSTS.filter((b) => b.city === c.id));
  const burst = (ci: number, d: number): { times: number; kind?: Burst['kind'] } => {
    for (const b of burstsByCity[ci]) {
      if (d < b.from || d > b.to) continue;
      const t = (d - b.from + 0.5) / (b.to - b.from + 1);
      return { times: 1 + (b.times - 1) * Math.sqrt(Math.sin(Math.PI * t)), kind: b.kind };
    }
    return { times: 1 };
  };
  const cellWeight = (ci: number, d: number) => level(d) * CITY_WEIGHT[ci] * noise[Math.floor((d - FIRST) / 7) * CITIES.length + ci] * burst(ci, d).times;

  // Events per year: shares of the total by weight (largest remainder).
  const years: number[] = [];
  for (let y = year(FIRST); y <= year(LAST); y++) years.push(y);
  const yearSpan = (y: number): [number, number] => [Math.max(FIRST, dayOf(`${y}-01-01`)), Math.min(LAST, dayOf(`${y}-12-31`))];
  const yearWeight = years.map((y) => {
    const [a, b] = yearSpan(y);
    let w = 0;
    for (let d = a; d <= b; d++) for (let ci = 0; ci < CITIES.length; ci++) w += cellWeight(ci, d);
    return w;
  });
  const weightSum = yearWeight.reduce((a, b) => a + b, 0);
  const exact = yearWeight.map((w) => (w / weightSum) * total);
  const perYear = exact.map(Math.floor);
  const remainders = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = total - perYear.reduce((a, b) => a + b, 0); left > 0; k++, left--) perYear[remainders[k][1]]++;

  const sourcesOut = new Writer(path.join(out, 'sources.json'));
  const texts = new TextWriter();
  let sourceSeq = 0;
  let eventSeq = 0;
  let written = 0;
  try {
    sourcesOut.write(`[\n${realSources.map((s) => JSON.stringify(s)).join(',\n')}`);

    for (const [yi, y] of years.entries()) {
      const n = perYear[yi];
      if (n === 0) continue;
      const rng = makeRng(seed, 'events', y);
      const [from, to] = yearSpan(y);

      // Sample (day, city) cells by weight.
      const cells = (to - from + 1) * CITIES.length;
      const cumulative = new Float64Array(cells);
      let acc = 0;
      for (let d = from, k = 0; d <= to; d++) for (let ci = 0; ci < CITIES.length; ci++, k++) cumulative[k] = acc += cellWeight(ci, d);

      const drafts: Draft[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const target = rng() * acc;
        let lo = 0, hi = cells - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cumulative[mid] <= target) lo = mid + 1;
          else hi = mid;
        }
        const day = from + Math.floor(lo / CITIES.length);
        const ci = lo % CITIES.length;
        const city = CITIES[ci];

        // Precision: mostly the day; some only the week (from its Monday) or the month (from its first).
        let precision: Draft['precision'] = 'day', date = day, end = day, dateText = `On ${words(day)}`;
        const p = rng();
        if (p < 0.06) {
          const m = monday(day);
          if (m >= FIRST && year(m) === y && m + 6 <= LAST) [precision, date, end, dateText] = ['week', m, m + 6, `In the week of ${words(m)}`];
        } else if (p < 0.1) {
          const first = day - dom(day) + 1;
          if (monthEnd(day) <= LAST) [precision, date, end, dateText] = ['month', first, monthEnd(day), `In ${MONTHS[month(day)]} ${y}`];
        }

        const b = burst(ci, day);
        const fromBurst = b.kind !== undefined && rng() < (b.times - 1) / b.times;
        const category: Category = fromBurst
          ? b.kind === 'disaster' ? (rng() < 0.95 ? 'humanitarian' : 'diplomatic') : rng() < 0.9 ? 'military' : 'humanitarian'
          : weighted(rng, CATEGORY_MIX[city.country]);
        const expected = rng() < 0.03;
        const actors = pickActors(rng, category, city, day);
        let kind = expected ? EXPECTED[category] : pick(rng, KINDS[category]);
        if (b.kind === 'disaster' && category === 'humanitarian' && !expected) kind = KINDS.humanitarian[rng() < 0.5 ? 0 : 1];
        if ((kind.agents && !kind.agents.includes(actors[0])) || (kind.twoActors && actors.length < 2) || (kind.countries && !kind.countries.includes(city.country))) kind = KINDS[category][0];
        // Mostly the localities (a few of them much busier than the rest); diplomacy mostly in the city itself.
        const spotList = spots[ci];
        const spot = rng() < (category === 'diplomatic' ? 0.7 : 0.15) ? spotList[0] : spotList[1 + Math.floor(rng() ** 2 * (spotList.length - 1))];
        const phrases = category === 'military' ? MILITARY_PHRASE : category === 'political' ? POLICE_PHRASE : CIVIL_PHRASE;
        const a = phrases[actors[0]] ?? CIVIL_PHRASE[actors[0]];
        const second = actors[1] ? phrases[actors[1]] ?? CIVIL_PHRASE[actors[1]] : category === 'military' ? { text: 'armed men', plural: true } : { text: 'local officials', plural: true };
        const w: Words = { p: spot.name, a, b: second, n: int(rng, 1, 12) };
        const tail = !expected && kind.tails ? kind.tails(rng) : expected && rng() < 0.5 ? ', officials said' : '';
        drafts[i] = { day, date, end, precision, dateText, city: ci, spot, category, kind, actors, expected, w, tail, order: rng(), citations: [] };
      }

      // Articles: runs of 5 to 11 events in the order their periods end; each event is told by the
      // article of its run (with its date words) and often retold by the next one or two (without).
      drafts.sort((p, q) => p.end - q.end || p.date - q.date || p.order - q.order);
      const articles: SourceDraft[] = [];
      const primaryOf = new Int32Array(n);
      for (let i = 0; i < n; ) {
        const size = Math.min(n - i, int(rng, 5, 11));
        const publisher = pick(rng, PUBLISHERS);
        const published = drafts[i + size - 1].end + (rng() < 0.3 ? 1 : 0);
        const id = `${publisher.id}-${iso(published)}-${++sourceSeq}`;
        const article: SourceDraft = { id, published, publisher, reports: [], told: size, length: 0, cities: new Map() };
        for (let k = i; k < i + size; k++) {
          const e = drafts[k];
          const agency = rng() < 0.12 ? pick(rng, AGENCIES) : undefined;
          const told = `${e.dateText}, ${e.kind.lead(e.w)}${e.tail}`;
          const sentence = agency ? `${told}, ${agency} reported.` : `${told}.`;
          const quote = agency ? sentence.slice(0, -1) : `${e.dateText}, ${e.kind.lead(e.w)}`;
          e.citations.push(agency ? { sourceId: id, attribution: agency, quote } : { sourceId: id, quote });
          article.reports.push({ at: k, sentence });
          article.length += sentence.length + 2;
          article.cities.set(e.city, (article.cities.get(e.city) ?? 0) + 1);
          primaryOf[k] = articles.length;
        }
        articles.push(article);
        i += size;
      }
      for (let k = 0; k < n; k++) {
        const e = drafts[k];
        for (const [step, chance] of [[1, 0.55], [2, 0.25]]) {
          const article = articles[primaryOf[k] + step];
          if (!article || rng() >= chance) continue;
          const agency = rng() < 0.12 ? pick(rng, AGENCIES) : undefined;
          const retold = pick(rng, e.kind.second)(e.w);
          const sentence = agency ? `${retold}, according to ${agency}.` : `${retold}.`;
          if (article.length + sentence.length + 2 > TEXT_BUDGET) continue;
          e.citations.push(agency ? { sourceId: article.id, attribution: agency, quote: sentence.slice(0, -1) } : { sourceId: article.id, quote: retold });
          article.reports.push({ at: k, sentence });
          article.length += sentence.length + 2;
          article.cities.set(e.city, (article.cities.get(e.city) ?? 0) + 1);
        }
      }

      // Archived texts and source records.
      const batch: string[] = [];
      for (const article of articles) {
        const top = [...article.cities.entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, 3).map(([ci]) => CITIES[ci].name);
        const where = top.length === 1 ? top[0] : `${top.slice(0, -1).join(', ')} and ${top[top.length - 1]}`;
        const title = `Synthetic roundup for ${words(article.published)}: ${where}`;
        const told = article.reports.slice(0, article.told).map((r) => r.sentence);
        const retold = article.reports.slice(article.told).sort((p, q) => p.at - q.at).map((r) => r.sentence);
        const text = `${article.publisher.name}\n${title}\nPublished ${words(article.published)}. Synthetic benchmark data: not real reporting. Every place, figure and quote below is invented for performance tests.\n\n${told.join('\n\n')}\n${retold.length ? `\nUpdates on earlier reports:\n\n${retold.join('\n\n')}\n` : ''}`;
        const file = `${article.id}.txt`;
        batch.push(path.join(out, 'sources', file), text);
        bytes += Buffer.byteLength(text);
        const record = { id: article.id, file, url: `https://example.org/synthetic/${article.id}`, publisher: article.publisher.name, title, published: iso(article.published), language: 'en', note: SOURCE_NOTE };
        sourcesOut.write(`,\n${JSON.stringify(record)}`);
      }
      await texts.write(batch);

      // The year's events, by date: events/{year}.json, split into {year}-2.json... past MAX_PER_FILE.
      drafts.sort((p, q) => p.date - q.date || p.end - q.end || p.order - q.order);
      let eventsOut: Writer | undefined;
      for (let k = 0; k < n; k++) {
        if (k % MAX_PER_FILE === 0) {
          if (eventsOut) {
            eventsOut.write('\n]\n');
            eventsOut.close();
            bytes += eventsOut.bytes;
          }
          const part = k / MAX_PER_FILE + 1;
          eventsOut = new Writer(path.join(out, 'events', part === 1 ? `${y}.json` : `${y}-${part}.json`));
          eventsOut.write('[\n');
        }
        const e = drafts[k];
        const id = `${CITIES[e.city].id}-${e.kind.slug}-${iso(e.date)}-${++eventSeq}`;
        if (realEventIds.has(id)) throw new Error(`synthetic event id ${id} is a real event's id`);
        const lead = e.kind.lead({ ...e.w, p: e.spot.where });
        const summary = `${lead[0].toUpperCase()}${lead.slice(1)}${e.tail}.`;
        const record = {
          id,
          date: iso(e.date),
          datePrecision: e.precision,
          dateText: e.dateText,
          placeId: e.spot.id,
          category: e.category,
          actors: e.actors,
          status: e.expected ? 'expected' : 'reported',
          title: e.kind.title(e.w),
          summary,
          sources: e.citations,
        };
        eventsOut!.write(`${k % MAX_PER_FILE ? ',\n' : ''}${JSON.stringify(record)}`);
      }
      eventsOut!.write('\n]\n');
      eventsOut!.close();
      bytes += eventsOut!.bytes;
      written += n;
    }
    sourcesOut.write('\n]\n');
  } finally {
    sourcesOut.close();
    await texts.close();
  }
  bytes += sourcesOut.bytes;

  return { places: places.length, sources: sourceSeq, events: written, bytes, ms: Math.round(performance.now() - started) };
}

// ---------------------------------------------------------------------------------------------
// Command line.

function parseArgs(argv: string[]): GenerateOptions {
  const options: Partial<GenerateOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--events') options.events = Number(value.replace(/[_,]/g, ''));
    else if (flag === '--out') options.out = value;
    else if (flag === '--seed') options.seed = Number(value);
    else throw new Error(`unknown option ${flag}`);
  }
  if (options.events === undefined || options.out === undefined) throw new Error('usage: npx tsx bench/generate.ts --events 100000 --out /tmp/situation-100k [--seed 7]');
  return options as GenerateOptions;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realish(process.argv[1])).href) {
  const fail = (e: unknown) => {
    console.error(`generate: ${(e as Error).message}`);
    process.exit(1);
  };
  try {
    const options = parseArgs(process.argv.slice(2));
    generateSyntheticData(options).then((r) => {
      const mb = (r.bytes / 1e6).toFixed(1);
      console.log(`wrote ${path.resolve(options.out)}: ${r.events} synthetic events, ${r.places} places, ${r.sources} sources (plus the real data), ${mb} MB, seed ${options.seed ?? DEFAULT_SEED}, in ${(r.ms / 1000).toFixed(1)} s`);
    }, fail);
  } catch (e) {
    fail(e);
  }
}
