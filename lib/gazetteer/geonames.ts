import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlaceRecord } from '@/lib/schemas/place';
import { slugOfWords } from '@/lib/desk/slug';
import { GAZETTEER_COLUMNS, nameInScript } from './names';
import { nameIndex } from './search';

/** A populated place in the gazetteer (GeoNames), as the desk's place search returns it. */
export type GazetteerEntry = {
  gazetteer: 'geonames';
  id: number;
  name: string;
  /** English (GeoNames' own name), and Arabic, Hebrew or Greek where GeoNames has one. */
  names: Record<string, string>;
  /** Every name kept, GeoNames' own first: transliterations and local spellings. */
  allNames: string[];
  country: string;
  /** GeoNames' feature code: PPL a town or village, PPLA… a seat of government, PPLX a section of a city, … */
  feature: string;
  population: number;
  coordinates: [number, number];
};

const FILE = path.join(/* turbopackIgnore: true */ process.cwd(), 'data', 'gazetteer', 'geonames.tsv');

/** The entries of a gazetteer file made by `npm run gazetteer:build`. */
export function parseGazetteer(text: string): GazetteerEntry[] {
  const [header, ...lines] = text.split('\n').filter(Boolean);
  if (header !== GAZETTEER_COLUMNS.join('\t')) throw new Error('the gazetteer file does not start with its columns; run npm run gazetteer:build');
  return lines.map((line) => {
    const [id, name, ar, country, feature, population, lat, lon, names] = line.split('\t');
    const allNames = names.split('|');
    const he = nameInScript(allNames, 'Hebrew');
    const el = nameInScript(allNames, 'Greek');
    return {
      gazetteer: 'geonames',
      id: Number(id),
      name,
      names: { en: name, ...(ar ? { ar } : {}), ...(he ? { he } : {}), ...(el ? { el } : {}) },
      allNames,
      country,
      feature,
      population: Number(population),
      coordinates: [Number(lon), Number(lat)],
    };
  });
}

let index: ReturnType<typeof nameIndex<GazetteerEntry>> | undefined;

/** The gazetteer's entries that a query names (any of their names), best first; the file is read and indexed on the first call of the process. */
export function searchGazetteer(query: string, limit: number) {
  index ??= nameIndex(parseGazetteer(readFileSync(FILE, 'utf8')), (e) => e.allNames, (e) => e.population);
  return index.search(query, limit);
}

/** A new place made from a gazetteer entry: its names and point, and the entry recorded as where the point came from. */
export function placeOfEntry(e: GazetteerEntry, countryName: string, takenIds: Set<string>): PlaceRecord {
  const slug = slugOfWords(e.name.replace(/[\u02b0-\u02ff'‘’`´]/g, '')) || `geonames-${e.id}`;
  return {
    id: takenIds.has(slug) ? `${slug}-${e.id}` : slug,
    name: e.name,
    names: e.names,
    country: e.country,
    countryName,
    coordinates: e.coordinates,
    coordinatesFrom: { gazetteer: 'geonames', id: e.id, precision: e.feature === 'PPLX' ? 'neighbourhood' : 'settlement' },
  };
}
