import { addDays } from '@/lib/dates/period';
import type { EventCategory } from '@/lib/schemas/event';
import type { ActorKind } from '../actors';
import { kindFromName } from '../actors';
import type { Release } from '../archive';
import { cellQuote } from '../archive';
import { cell, codeIn, coordinates, count, dateIn, needed, type SourceRow } from '../cells';
import { findColumns } from '../columns';
import { countryByCode, countryByName } from '../countries';
import { reject } from '../errors';
import type { EventDraft, EventFormat } from '../events';
import { clip } from '../text';
// Where each dataset and its licence live: metadata of the releases, kept as data.
import LINKS from '../dataset-links.json';

/** ACLED's columns by name, any case: the current 31-column layout, with the older layout's names (ALLY_ACTOR_1 …). */
export const ACLED_COLUMNS = {
  names: {
    id: ['event_id_cnty'],
    date: ['event_date'],
    timePrec: ['time_precision'],
    eventType: ['event_type'],
    subType: ['sub_event_type'],
    actor1: ['actor1'],
    assoc1: ['assoc_actor_1', 'ally_actor_1'],
    inter1: ['inter1'],
    actor2: ['actor2'],
    assoc2: ['assoc_actor_2', 'ally_actor_2'],
    inter2: ['inter2'],
    iso: ['iso'],
    country: ['country'],
    admin1: ['admin1'],
    admin2: ['admin2'],
    location: ['location'],
    lat: ['latitude'],
    lon: ['longitude'],
    geoPrec: ['geo_precision'],
    source: ['source'],
    notes: ['notes'],
    fatalities: ['fatalities'],
  },
  required: ['id', 'date', 'timePrec', 'eventType', 'actor1', 'country', 'location', 'lat', 'lon', 'geoPrec', 'notes'],
} as const;

/**
 * ACLED's event types (and, for strategic developments, sub-types) to the map's categories: the
 * table in the README's "Import datasets". Lower case; the older layout's types are here too.
 */
export const ACLED_CATEGORIES: Record<string, EventCategory | Record<string, EventCategory>> = {
  battles: 'military',
  'explosions/remote violence': 'military',
  'violence against civilians': 'military',
  protests: 'political',
  riots: 'political',
  'strategic developments': {
    agreement: 'diplomatic',
    arrests: 'political',
    'change to group/activity': 'political',
    'disrupted weapons use': 'military',
    'headquarters or base established': 'military',
    'looting/property destruction': 'military',
    'non-violent transfer of territory': 'military',
    other: 'political',
  },
  'battle-no change of territory': 'military',
  'battle-government regains territory': 'military',
  'battle-non-state actor overtakes territory': 'military',
  'remote violence': 'military',
  'riots/protests': 'political',
  'strategic development': 'political',
  'headquarters or base established': 'military',
  'non-violent transfer of territory': 'military',
};

/** ACLED's interaction codes (inter1, inter2), as numbers (older exports) or words (current ones), to actor kinds. */
const INTER: Record<string, ActorKind> = {
  '1': 'government', 'state forces': 'government',
  '2': 'armed-group', 'rebel group': 'armed-group', 'rebel groups': 'armed-group',
  '3': 'armed-group', 'political militia': 'armed-group', 'political militias': 'armed-group',
  '4': 'armed-group', 'identity militia': 'armed-group', 'identity militias': 'armed-group',
  '5': 'crowd', rioters: 'crowd',
  '6': 'crowd', protesters: 'crowd',
  '7': 'civilians', civilians: 'civilians',
  '8': 'organisation', 'external/other forces': 'organisation', 'external/other force': 'organisation',
};

/** The map's category for an ACLED type and sub-type, or a refusal naming the column. */
export function acledCategory(type: string, subType: string | undefined, typeColumn: string, subColumn: string | undefined): EventCategory {
  const entry = ACLED_CATEGORIES[type.toLowerCase()] ?? reject(typeColumn, `"${type}" is not in the category table (README, "Import datasets")`);
  if (typeof entry === 'string') return entry;
  return entry[(subType ?? '').toLowerCase()] ?? reject(subColumn ?? typeColumn, `"${subType ?? ''}" is not a sub-type of ${type} in the category table (README, "Import datasets")`);
}

/** Monday of the ISO week a day falls in. */
const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

const split = (s: string | undefined) => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);

/** The ACLED format: an export in the current layout or the older upper-case one (EVENT_DATE as dd/mm/yyyy). */
export function acledFormat(header: string[], file: string, hint: string): EventFormat {
  const c = findColumns(ACLED_COLUMNS, header, file, 'an ACLED export', hint);
  return {
    dataset: 'ACLED',
    idPrefix: 'acled',
    read(row: SourceRow): EventDraft {
      const rowId = needed(row, c.id);
      const stated = dateIn(row, c.date, 'dd/mm/yyyy');
      const timePrec = codeIn(row, c.timePrec, ['1', '2', '3'], "ACLED's time_precision codes 1–3");
      const geoPrec = codeIn(row, c.geoPrec, ['1', '2', '3'], "ACLED's geo_precision codes 1–3");
      const { lat, lon } = coordinates(row, c.lat, c.lon);
      const countryName = needed(row, c.country);
      const iso = cell(row, c.iso);
      const country = (iso && /^\d+$/.test(iso) ? countryByCode(iso) : undefined) ?? countryByName(countryName) ?? reject(c.country, `"${countryName}" is not a country the importer knows (lib/import/countries.ts)`);
      const location = needed(row, c.location).replace(/\s+/g, ' ');
      const admin1 = cell(row, c.admin1);
      const eventType = needed(row, c.eventType);
      const subType = cell(row, c.subType);
      const category = acledCategory(eventType, subType, c.eventType, c.subType);
      const notes = needed(row, c.notes);
      const fatalities = count(row, c.fatalities);
      const actor1 = needed(row, c.actor1);
      const actor2 = cell(row, c.actor2);
      const kind = (column: string | undefined, name: string) => INTER[(cell(row, column) ?? '').toLowerCase()] ?? kindFromName(name);
      const actors = [
        { name: actor1, kind: kind(c.inter1, actor1) },
        ...split(cell(row, c.assoc1)).map((name) => ({ name, kind: kindFromName(name) })),
        ...(actor2 ? [{ name: actor2, kind: kind(c.inter2, actor2) }] : []),
        ...split(cell(row, c.assoc2)).map((name) => ({ name, kind: kindFromName(name) })),
      ];
      const rawDate = cell(row, c.date)!;
      const period =
        timePrec === '1'
          ? { date: stated, precision: 'day' as const }
          : timePrec === '2'
            ? { date: mondayOf(stated), precision: 'week' as const, dateNote: `ACLED knows only the week (time_precision 2): its date, ${rawDate}, stands somewhere in it; shown as the week from Monday ${mondayOf(stated)}.` }
            : { date: `${stated.slice(0, 7)}-01`, precision: 'month' as const, dateNote: `ACLED knows only the month (time_precision 3): its date, ${rawDate}, stands in for a day of it.` };
      const regionName = `${admin1 ?? location} (region)`;
      const place =
        geoPrec === '3'
          ? { name: regionName, lon, lat, country, countryName, kind: 'region' as const }
          : { name: location, lon, lat, country, countryName };
      const placeNote =
        geoPrec === '2'
          ? `Near ${location}: ACLED places it in a small part of a region or near the town (geo_precision 2).`
          : geoPrec === '3'
            ? `Somewhere in a larger region${admin1 ? ` (${admin1})` : ''}: ACLED gives only the region (geo_precision 3) and the point of ${location}, its capital or centre, where it is shown; not at a town.`
            : undefined;
      const source = cell(row, c.source);
      return {
        rowId,
        idColumn: c.id,
        ...period,
        dateText: rawDate,
        dateQuote: `${c.date}: ${row.cells[c.date]}`.trimEnd(),
        place,
        locationPrecision: geoPrec === '1' ? 'exact' : geoPrec === '2' ? 'near' : 'region',
        ...(placeNote && { placeNote }),
        quote: cellQuote(c.notes, row.cells[c.notes]),
        category,
        type: eventType,
        ...(subType && { subType }),
        actors,
        ...(fatalities !== undefined && { fatalities: { best: fatalities } }),
        ...(source && { citation: clip(source, 300) }),
        title: clip(`${subType ?? eventType}: ${clip(actor1, 30)}${actor2 ? ` – ${clip(actor2, 24)}` : ''}, ${geoPrec === '3' ? regionName : location}`, 80),
        summary: clip(
          `${eventType}${subType ? ` (${subType})` : ''} ${geoPrec === '1' ? 'at' : 'in or near'} ${location}${admin1 && admin1 !== location ? `, ${admin1}` : ''}, ${countryName}, involving ${actors.map((a) => a.name).join(', ')}${fatalities !== undefined ? `; ${fatalities} reported fatalities` : ''}, as ACLED codes it.`,
          400,
        ),
      };
    },
  };
}

/** An ACLED export, as the source every row cites: ACLED's terms, its credit line, and not redistributable. */
export function acledRelease(retrieved: string, version?: string): Release {
  return {
    dataset: 'ACLED',
    publisher: 'Armed Conflict Location & Event Data (ACLED)',
    title: 'ACLED data export',
    ...(version && { version }),
    url: LINKS.acled.url,
    licence: { name: 'ACLED Terms of Use', url: LINKS.acled.licenceUrl },
    attribution: 'Armed Conflict Location & Event Data (ACLED); www.acleddata.com',
    redistributable: false,
    published: retrieved,
    retrieved,
    language: 'en',
    note: "An ACLED export: ACLED's terms forbid passing its raw rows on. Its events are shown with credit; the archived rows stay in this store.",
  };
}
