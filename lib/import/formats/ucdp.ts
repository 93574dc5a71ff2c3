import { daysBetween, precisionOf } from '@/lib/dates/period';
import type { LocationPrecision } from '@/lib/schemas/event';
import type { PlaceKind } from '@/lib/schemas/place';
import type { Release } from '../archive';
import { cellQuote } from '../archive';
import { cell, codeIn, coordinates, count, dateIn, needed, type SourceRow } from '../cells';
import { findColumns, type ColumnSpec } from '../columns';
import { countryByName } from '../countries';
import { reject } from '../errors';
import type { EventDraft, EventFormat } from '../events';
import { clip } from '../text';
// Where each dataset and its licence live: metadata of the releases, kept as data.
import LINKS from '../dataset-links.json';

/** UCDP GED's columns by name: 23.1's, with the names older releases used for the death estimates. */
export const UCDP_COLUMNS = {
  names: {
    id: ['id'],
    type: ['type_of_violence'],
    conflict: ['conflict_name'],
    dyad: ['dyad_name'],
    sideA: ['side_a'],
    sideB: ['side_b'],
    article: ['source_article'],
    office: ['source_office'],
    headline: ['source_headline'],
    wherePrec: ['where_prec'],
    whereName: ['where_coordinates'],
    whereDescription: ['where_description'],
    adm1: ['adm_1'],
    adm2: ['adm_2'],
    lat: ['latitude'],
    lon: ['longitude'],
    country: ['country'],
    datePrec: ['date_prec'],
    start: ['date_start'],
    end: ['date_end'],
    best: ['best', 'best_est'],
    low: ['low', 'low_est'],
    high: ['high', 'high_est'],
  },
  required: ['id', 'type', 'sideA', 'sideB', 'wherePrec', 'whereName', 'lat', 'lon', 'country', 'datePrec', 'start', 'end', 'best'],
} as const;

/** UCDP's types of violence, in its words. */
export const UCDP_TYPES: Record<string, string> = { '1': 'state-based conflict', '2': 'non-state conflict', '3': 'one-sided violence' };

/** where_prec → how exactly the event is placed, and the kind of place it is shown at (none: a point). */
const WHERE: Record<string, { precision: LocationPrecision; kind?: PlaceKind }> = {
  '1': { precision: 'exact' },
  '2': { precision: 'near' },
  '3': { precision: 'district', kind: 'district' },
  '4': { precision: 'province', kind: 'province' },
  '5': { precision: 'region', kind: 'region' },
  '6': { precision: 'country', kind: 'country' },
  '7': { precision: 'water', kind: 'water' },
};

const DATE_NOTE: Record<string, string> = {
  '2': 'UCDP knows it only to within a few days (date_prec 2): it happened on one of the days from date_start to date_end.',
  '3': 'UCDP knows only the week (date_prec 3): it happened between date_start and date_end.',
  '4': 'UCDP knows only the month (date_prec 4): it happened between date_start and date_end.',
  '5': 'UCDP knows only the year or a longer period (date_prec 5): it happened between date_start and date_end.',
};

/** The words for a row's place, as a reader should take them. */
function placeWords(wherePrec: string, name: string, description: string | undefined): string | undefined {
  const own = description && description !== name ? `; UCDP's words: "${description}"` : '';
  switch (wherePrec) {
    case '2':
      return `Near ${name}: UCDP places it within about 25 km of it (where_prec 2)${own}.`;
    case '3':
      return `Somewhere in ${name}: UCDP places it only in the district (where_prec 3); it is shown at the point UCDP gives for the district, not at a town${own}.`;
    case '4':
      return `Somewhere in ${name}: UCDP places it only in the province (where_prec 4); it is shown at the province's centre, not at a town${own}.`;
    case '5':
      return `Somewhere in or around ${name}: UCDP places it only vaguely (where_prec 5: larger than a province, between places, or unclear); it is shown at the point UCDP gives${own}.`;
    case '6':
      return `Somewhere in ${name}: UCDP gives only the country (where_prec 6); it is shown at the country's centre${own}.`;
    case '7':
      return `At sea or in the air, by ${name} (UCDP where_prec 7)${own}.`;
    default:
      return undefined;
  }
}

const deathWords = (best?: number, low?: number, high?: number) =>
  best === undefined ? 'deaths not estimated' : `best estimate ${best} deaths${low !== undefined || high !== undefined ? ` (low ${low ?? '?'}, high ${high ?? '?'})` : ''}`;

/** The UCDP GED format (CSV of any release, or the API's JSON), read by column name. */
export function ucdpFormat(header: string[], file: string, hint: string): EventFormat {
  const c = findColumns(UCDP_COLUMNS, header, file, 'a UCDP GED file', hint);
  return {
    dataset: 'UCDP GED',
    idPrefix: 'ucdp-ged',
    read(row: SourceRow): EventDraft {
      const rowId = needed(row, c.id).replace(/\.0+$/, '');
      const type = codeIn(row, c.type, ['1', '2', '3'], "UCDP's types of violence 1–3");
      const wherePrec = codeIn(row, c.wherePrec, ['1', '2', '3', '4', '5', '6', '7'], "UCDP's where_prec codes 1–7");
      const datePrec = codeIn(row, c.datePrec, ['1', '2', '3', '4', '5'], "UCDP's date_prec codes 1–5");
      const { lat, lon } = coordinates(row, c.lat, c.lon);
      const start = dateIn(row, c.start);
      const end = dateIn(row, c.end);
      if (end < start) reject(c.end, `${cell(row, c.end)} is before ${c.start} ${cell(row, c.start)}`);
      if (daysBetween(start, end) > 366) reject(c.end, `the period ${start} to ${end} is longer than a year, more than the map can show as one date`);
      const precision = precisionOf(start, end);
      const countryName = needed(row, c.country);
      const country = countryByName(countryName) ?? reject(c.country, `"${countryName}" is not a country the importer knows (lib/import/countries.ts)`);
      const placeName = (cell(row, c.whereName) ?? cell(row, c.adm2) ?? cell(row, c.adm1) ?? countryName).replace(/\s+/g, ' ');
      const where = WHERE[wherePrec];
      const description = cell(row, c.whereDescription);
      const headline = cell(row, c.headline);
      const quoteColumn = headline ? c.headline! : description ? c.whereDescription! : reject(c.headline ?? c.whereDescription, 'source_headline and where_description are both empty: the row has no words of its own to quote');
      const dateQuote = row.order[row.order.indexOf(c.start) + 1] === c.end ? `${c.start}: ${row.cells[c.start]}\n${c.end}: ${row.cells[c.end]}` : `${c.start}: ${row.cells[c.start]}`;
      const sideA = needed(row, c.sideA);
      const sideB = needed(row, c.sideB);
      const best = count(row, c.best);
      const low = count(row, c.low);
      const high = count(row, c.high);
      const offices = [...new Set((cell(row, c.office) ?? '').split(';').map((s) => s.trim()).filter(Boolean))].join('; ');
      const citation = offices || cell(row, c.article);
      const typeWords = UCDP_TYPES[type];
      const dateWords = precision === 'day' ? `on ${start}` : `between ${start} and ${end}`;
      const setting = cell(row, c.conflict) ?? cell(row, c.dyad);
      return {
        rowId,
        idColumn: c.id,
        date: start,
        precision,
        ...(precision === 'span' && { until: end }),
        dateText: precision === 'day' ? cell(row, c.start)! : dateQuote,
        dateQuote,
        ...((DATE_NOTE[datePrec] || precision !== 'day') && { dateNote: DATE_NOTE[datePrec] ?? `UCDP gives date_prec ${datePrec} but a range: it happened between date_start and date_end.` }),
        place: { name: placeName, lon, lat, country, countryName, ...(where.kind && { kind: where.kind }) },
        locationPrecision: where.precision,
        ...(placeWords(wherePrec, placeName, description) && { placeNote: placeWords(wherePrec, placeName, description) }),
        quote: cellQuote(quoteColumn, row.cells[quoteColumn]),
        category: 'military',
        type: typeWords,
        actors: [
          { name: sideA, kind: /^government of/i.test(sideA) ? 'government' : 'armed-group' },
          { name: sideB, kind: /^civilians$/i.test(sideB) ? 'civilians' : /^government of/i.test(sideB) ? 'government' : 'armed-group' },
        ],
        ...((best ?? low ?? high) !== undefined && { fatalities: { ...(low !== undefined && { low }), ...(best !== undefined && { best }), ...(high !== undefined && { high }) } }),
        ...(citation && { citation: clip(citation, 300) }),
        title: clip(`${clip(sideA, 36)} – ${clip(sideB, 24)}, ${placeName}`, 80),
        summary: clip(
          `${typeWords[0].toUpperCase()}${typeWords.slice(1)}${setting ? ` (${setting})` : ''}: ${sideA} against ${sideB}, ${where.precision === 'exact' ? 'at' : 'in or near'} ${placeName}${cell(row, c.adm1) && cell(row, c.adm1) !== placeName ? `, ${cell(row, c.adm1)}` : ''}, ${dateWords}; ${deathWords(best, low, high)}, as UCDP GED codes it.`,
          400,
        ),
      };
    },
  };
}

/** The UCDP GED release a file is of: a mapping's or --release's word, else read from names like ged231.csv or gedevents-23.1.json. */
export function ucdpVersion(fileName: string): string | undefined {
  const m = /ged[_-]?(\d{2})(\d)(?!\d)/i.exec(fileName) ?? /(?:ged\D*)?(\d{2})\.(\d)(?!\d)/i.exec(fileName);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/** UCDP GED's release, as the source every row cites (CC BY 4.0, with the citation UCDP asks for). */
export function ucdpRelease(version: string, retrieved: string): Release {
  return {
    dataset: 'UCDP GED',
    publisher: 'Uppsala Conflict Data Program (UCDP)',
    title: 'UCDP Georeferenced Event Dataset (GED) Global',
    version,
    url: LINKS.ucdp.url,
    licence: { name: 'CC BY 4.0', url: LINKS.ucdp.licenceUrl },
    attribution: `Uppsala Conflict Data Program, UCDP Georeferenced Event Dataset (GED) Global version ${version} (Sundberg & Melander 2013, Journal of Peace Research 50(4)${version === '23.1' ? '; Davies, Pettersson & Öberg 2023, Journal of Peace Research 60(4)' : ''})`,
    published: retrieved,
    retrieved,
    language: 'en',
    note: 'A dataset release: its archived text holds the imported rows. The release date is not in the file: `published` is the day this copy was retrieved.',
  };
}
