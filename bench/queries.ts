// Shared by the benchmarks: busy city centres of the region, city-sized query boxes around them,
// and the city + 30-day queries that bench/scale.ts asks in process and bench/run.mjs asks the API.

/** Centres of the generator's eight busiest cities (bench/generate.ts, WGS84), where city-sized queries are aimed. */
export const CITY_CENTRES = [
  { id: 'aleppo', name: 'Aleppo', coordinates: [37.1343, 36.2021] },
  { id: 'idlib', name: 'Idlib', coordinates: [36.6339, 35.9306] },
  { id: 'damascus', name: 'Damascus', coordinates: [36.2765, 33.5138] },
  { id: 'daraa', name: 'Daraa', coordinates: [36.1021, 32.6189] },
  { id: 'hama', name: 'Hama', coordinates: [36.7578, 35.1318] },
  { id: 'homs', name: 'Homs', coordinates: [36.7137, 34.7324] },
  { id: 'deir-ez-zor', name: 'Deir ez-Zor', coordinates: [40.1408, 35.3359] },
  { id: 'raqqa', name: 'Raqqa', coordinates: [39.0083, 35.9594] },
] as const;

/** Half the side of a city box, in degrees: boxes 0.5° across (about 45 × 55 km here), a city and its outskirts. */
export const CITY_HALF_SIDE = 0.25;

/** A city-sized box (0.5° across) around a point. */
export const cityBbox = (lon: number, lat: number): [number, number, number, number] => [
  Math.round((lon - CITY_HALF_SIDE) * 1e4) / 1e4,
  Math.round((lat - CITY_HALF_SIDE) * 1e4) / 1e4,
  Math.round((lon + CITY_HALF_SIDE) * 1e4) / 1e4,
  Math.round((lat + CITY_HALF_SIDE) * 1e4) / 1e4,
];

/** The days the generated events cover (bench/generate.ts): spans are drawn inside them. */
export const DATA_FIRST_DAY = '2012-01-01';
export const DATA_LAST_DAY = '2024-11-24';
/** Days in a query's span. */
export const SPAN_DAYS = 30;

export type CityQuery = { city: string; bbox: [number, number, number, number]; from: string; to: string };

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * `count` city + 30-day queries, every one different (no two share a city and a first day), in a
 * seeded order: the same seed asks the same questions. Different seeds give different lists
 * (each run, warm-up and back end its own, so no answer cache can help).
 */
export function cityQueries(count: number, seed: number): CityQuery[] {
  const random = mulberry32(seed);
  const first = Date.parse(DATA_FIRST_DAY);
  const days = Math.round((Date.parse(DATA_LAST_DAY) - first) / DAY_MS) - SPAN_DAYS + 1;
  if (count > days * CITY_CENTRES.length) throw new Error(`at most ${days * CITY_CENTRES.length} different city queries`);
  const seen = new Set<number>();
  const out: CityQuery[] = [];
  while (out.length < count) {
    const c = Math.floor(random() * CITY_CENTRES.length);
    const d = Math.floor(random() * days);
    const key = d * CITY_CENTRES.length + c;
    if (seen.has(key)) continue;
    seen.add(key);
    const { id, coordinates } = CITY_CENTRES[c];
    const from = first + d * DAY_MS;
    out.push({ city: id, bbox: cityBbox(coordinates[0], coordinates[1]), from: isoDay(from), to: isoDay(from + (SPAN_DAYS - 1) * DAY_MS) });
  }
  return out;
}

/** The API path of a city query. */
export const cityQueryPath = (q: CityQuery) => `/api/events?bbox=${q.bbox.join(',')}&from=${q.from}&to=${q.to}`;

/** `count` different last days for counts per place (`countByPlace(undefined, to)`), spread over the data's years. */
export function countDays(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const first = Date.parse(DATA_FIRST_DAY);
  const days = Math.round((Date.parse(DATA_LAST_DAY) - first) / DAY_MS) + 1;
  const seen = new Set<number>();
  while (seen.size < Math.min(count, days)) seen.add(Math.floor(random() * days));
  return [...seen].map((d) => isoDay(first + d * DAY_MS));
}

/** A small seeded random generator, so every run asks the same questions. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
