// Shared by the benchmarks: busy city centres of the region and city-sized query boxes around them.

/** Centres of busy cities (WGS84), where city-sized queries are aimed. */
export const CITY_CENTRES = [
  { name: 'Aleppo', coordinates: [37.1343, 36.2021] },
  { name: 'Idlib', coordinates: [36.6339, 35.9306] },
  { name: 'Homs', coordinates: [36.7235, 34.7308] },
  { name: 'Hama', coordinates: [36.7578, 35.1318] },
  { name: 'Damascus', coordinates: [36.2765, 33.5138] },
  { name: 'Daraa', coordinates: [36.1021, 32.6189] },
  { name: 'Deir ez-Zor', coordinates: [40.1408, 35.3359] },
  { name: 'Raqqa', coordinates: [39.0094, 35.9594] },
] as const;

/** A box about 22 km across (±0.1°) around a point: a city and its edges. */
export const cityBbox = (lon: number, lat: number): [number, number, number, number] => [
  Math.round((lon - 0.1) * 1e4) / 1e4,
  Math.round((lat - 0.1) * 1e4) / 1e4,
  Math.round((lon + 0.1) * 1e4) / 1e4,
  Math.round((lat + 0.1) * 1e4) / 1e4,
];

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
