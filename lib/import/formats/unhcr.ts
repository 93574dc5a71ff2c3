import type { CountryRecord, FlowRecord, SeriesPoint } from '@/lib/schemas/movement';
import type { Item } from '@/lib/store/batch';
import type { Release, RowArchive } from '../archive';
import { cell, count, needed, numberIn, type SourceRow } from '../cells';
import { findColumns } from '../columns';
import { countryByCode, type Country } from '../countries';
import { reject } from '../errors';
import { clip, grouped } from '../text';
// Where each dataset and its licence live: metadata of the releases, kept as data.
import LINKS from '../dataset-links.json';

/** The Refugee Data Finder's population columns (CSV, and the API's JSON items). */
export const UNHCR_COLUMNS = {
  names: {
    year: ['year'],
    originName: ['coo_name'],
    originIso: ['coo_iso'],
    destinationName: ['coa_name'],
    destinationIso: ['coa_iso'],
    refugees: ['refugees'],
  },
  required: ['year', 'originIso', 'destinationIso', 'refugees'],
} as const;

type Point = { year: number; value: number; text: string; quote: string; sourceId: string; at: string; asOfText: string };
type Pair = { origin: Country; destination: Country; points: Map<number, Point> };

/**
 * UNHCR population tables as flows of refugees: one flow per country of origin and country of
 * asylum, with the figure at the end of each year as its series, each year's figure quoted from
 * its row, and the latest year's figure as the flow's magnitude. An empty cell or "-" is unknown,
 * not zero: such a year is left out of the series.
 */
export class UnhcrBuilder {
  private readonly pairs = new Map<string, Pair>();
  readonly columns: ReturnType<typeof findColumns<keyof typeof UNHCR_COLUMNS.names, (typeof UNHCR_COLUMNS.required)[number]>>;
  /** Rows without a refugees figure (unknown). */
  unknown = 0;

  constructor(
    header: string[],
    private readonly file: string,
    hint: string,
    private readonly archive: RowArchive,
    /** Countries the map can draw a flow to (those with an outline in Natural Earth 1:110m), by ISO numeric id. */
    private readonly drawable: (numeric: string) => boolean,
  ) {
    this.columns = findColumns(UNHCR_COLUMNS, header, file, 'a UNHCR population table', hint);
  }

  /** Reads one row into its pair's series, or refuses it naming the column. */
  add(row: SourceRow) {
    const c = this.columns;
    const year = numberIn(row, c.year, 1900, 2200, { integer: true }) ?? reject(c.year, 'is empty');
    const end = (column: string) => {
      const code = needed(row, column);
      const country = countryByCode(code) ?? reject(column, `${code} is not an ISO 3166 country code`);
      if (!this.drawable(country.numeric)) reject(column, `${code} (${country.name}) has no outline in Natural Earth 1:110m, the map's countries, so a flow to or from it cannot be drawn`);
      return country;
    };
    const origin = end(c.originIso);
    const destination = end(c.destinationIso);
    if (origin.code === destination.code) {
      if (count(row, c.refugees)) reject(c.destinationIso, `${cell(row, c.destinationIso)} is also the country of origin: refugees cross a border`);
      return;
    }
    const value = count(row, c.refugees);
    if (value === undefined) {
      this.unknown++;
      return;
    }
    const key = `${origin.code}>${destination.code}`;
    const pair = this.pairs.get(key) ?? { origin, destination, points: new Map() };
    const earlier = pair.points.get(year);
    if (earlier) reject(c.year, `${year} for ${cell(row, c.originIso)} to ${cell(row, c.destinationIso)} is also given by ${earlier.at}`);
    const quote = this.archive.add(row.at, row.order.map((k) => [k, row.cells[k] ?? '']));
    pair.points.set(year, { year, value, text: `${c.refugees}: ${row.cells[c.refugees]}`.trim(), quote, sourceId: this.archive.id, at: row.at, asOfText: `${c.year}: ${row.cells[c.year]}`.trim() });
    this.pairs.set(key, pair);
  }

  /**
   * The flows, with the countries the store lacks, and the pairs left out for want of a figure
   * above zero. A flow the store already has keeps the years this file does not give (another
   * table's), so importing the Syria-origin table after the Syria→Türkiye one adds, never cuts.
   */
  build(countryName: (c: Country) => string, knownCountries: Set<string>, storedFlows: Map<string, FlowRecord>): { flows: Item<FlowRecord>[]; countries: Item<CountryRecord>[]; empty: string[] } {
    const flows: Item<FlowRecord>[] = [];
    const countries = new Map<string, Item<CountryRecord>>();
    const empty: string[] = [];
    for (const { origin, destination, points } of this.pairs.values()) {
      const id = `unhcr-refugees-${origin.code.toLowerCase()}-${destination.code.toLowerCase()}`;
      const kept = (storedFlows.get(id)?.series ?? [])
        .filter((p) => !points.has(p.year))
        .map((p): Point => ({ year: p.year, value: p.value, text: p.text, quote: p.source.quote, sourceId: p.source.sourceId, at: 'the stored flow', asOfText: `year: ${p.year}` }));
      const ordered = [...points.values(), ...kept].sort((a, b) => a.year - b.year);
      const latest = [...ordered].reverse().find((p) => p.value > 0 && p.quote.includes(p.asOfText));
      if (!latest) {
        empty.push(`${origin.alpha3} to ${destination.alpha3}`);
        continue;
      }
      const series: SeriesPoint[] = ordered.map((p) => ({ year: p.year, value: p.value, text: p.text, source: { sourceId: p.sourceId, quote: p.quote } }));
      const at = { file: this.file, record: `${latest.at} (flow "${id}")` };
      for (const country of [origin, destination]) {
        if (!knownCountries.has(country.code) && !countries.has(country.code)) {
          countries.set(country.code, { at: { file: this.file, record: `country "${country.code}"` }, value: { code: country.code, name: countryName(country), naturalEarthId: country.numeric } });
        }
      }
      flows.push({
        at,
        value: {
          id,
          kind: 'refugees',
          origin: { country: origin.code },
          destination: { country: destination.code },
          magnitude: { value: latest.value, unit: 'people', qualifier: 'exactly', text: latest.text },
          asOf: { date: `${latest.year}-12-31`, precision: 'day', text: latest.asOfText },
          label: clip(`${grouped(latest.value)} refugees from ${countryName(origin)} in ${countryName(destination)}, end of ${latest.year} (UNHCR)`, 90),
          sources: [{ sourceId: latest.sourceId, quote: latest.quote }],
          series,
        },
      });
    }
    return { flows, countries: [...countries.values()], empty };
  }
}

/** UNHCR's Refugee Data Finder, as the source every figure cites (CC BY 4.0). */
export function unhcrRelease(retrieved: string, version?: string): Release {
  return {
    dataset: 'UNHCR population',
    publisher: 'UNHCR',
    title: 'UNHCR Refugee Data Finder: population figures',
    ...(version && { version }),
    url: LINKS.unhcr.url,
    licence: { name: 'CC BY 4.0', url: LINKS.unhcr.licenceUrl },
    attribution: 'UNHCR Refugee Data Finder (www.unhcr.org/refugee-statistics)',
    published: retrieved,
    retrieved,
    language: 'en',
    note: 'A dataset release: its archived text holds the imported rows (people at the end of each year). The release date is not in the file: `published` is the day this copy was retrieved.',
  };
}
