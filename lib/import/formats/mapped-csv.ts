import { daysBetween, precisionOf } from '@/lib/dates/period';
import type { EventCategory, LocationPrecision } from '@/lib/schemas/event';
import { kindFromName } from '../actors';
import type { Release } from '../archive';
import { cellQuote } from '../archive';
import { cell, coordinates, count, dateIn, needed, type SourceRow } from '../cells';
import { countryByCode, countryByName, type Country } from '../countries';
import { ImportError, reject } from '../errors';
import type { EventDraft, EventFormat } from '../events';
import type { CsvMapping } from '../mapping';
import { clip, slugOf } from '../text';

const PLACE_WORDS: Partial<Record<LocationPrecision, string>> = {
  near: 'near it',
  district: 'only in the district',
  province: 'only in the province',
  region: 'only in a larger region',
  country: 'only in the country',
  water: 'at sea or in the air',
};

/**
 * Any CSV of events, read through a mapping file: which column is the id, the date, the place, its
 * latitude and longitude, the description (the quote) and the source URL; fixed values for what
 * the file does not say. The named formats are presets of this same path (lib/import/events.ts).
 */
export function mappedCsvFormat(mapping: CsvMapping, header: string[], file: string, mapFile: string): EventFormat {
  const m = mapping.columns;
  const fixed = mapping.fixed ?? {};
  const named = [m.id, m.date, m.dateEnd, m.place, m.latitude, m.longitude, m.description, m.sourceUrl, m.country, m.title, m.category, m.type, m.subType, m.fatalities, m.citation, ...(m.actors ?? [])].filter((c): c is string => !!c);
  const missing = [...new Set(named.filter((c) => !header.includes(c)))];
  if (missing.length) throw new ImportError(file, 'row 1', `has no column ${missing.join(', ')}, which ${mapFile} names`);
  if (!m.country && !fixed.country) throw new ImportError(mapFile, 'fixed.country', 'is needed when no column gives the country');
  if (!m.category && !fixed.category) throw new ImportError(mapFile, 'fixed.category', 'is needed when no column gives the category');
  const fixedCountry = fixed.country ? (countryByCode(fixed.country) ?? countryByName(fixed.country) ?? (() => { throw new ImportError(mapFile, 'fixed.country', `"${fixed.country}" is not a country the importer knows`); })()) : undefined;
  const locationPrecision = fixed.locationPrecision ?? 'exact';
  const idPrefix = slugOf(mapping.dataset, 40) || 'csv';
  return {
    dataset: mapping.dataset,
    idPrefix,
    read(row: SourceRow): EventDraft {
      const rowId = needed(row, m.id);
      const start = dateIn(row, m.date, m.dateFormat);
      const end = m.dateEnd && cell(row, m.dateEnd) ? dateIn(row, m.dateEnd, m.dateFormat) : undefined;
      if (end && end < start) reject(m.dateEnd, `${cell(row, m.dateEnd)} is before ${m.date} ${cell(row, m.date)}`);
      if (end && daysBetween(start, end) > 366) reject(m.dateEnd, `the period ${start} to ${end} is longer than a year, more than the map can show as one date`);
      const precision = end ? precisionOf(start, end) : (fixed.datePrecision ?? 'day');
      const { lat, lon } = coordinates(row, m.latitude, m.longitude);
      const placeName = needed(row, m.place).replace(/\s+/g, ' ');
      let country: Country | undefined = fixedCountry;
      let countryName = fixedCountry?.name;
      if (m.country && cell(row, m.country)) {
        countryName = cell(row, m.country)!;
        country = countryByCode(countryName) ?? countryByName(countryName) ?? reject(m.country, `"${countryName}" is not a country the importer knows (lib/import/countries.ts)`);
        if (/^[A-Z]{2,3}$|^\d+$/.test(countryName)) countryName = country.name;
      }
      if (!country || !countryName) reject(m.country, 'is empty');
      let category: EventCategory | undefined = fixed.category;
      const type = cell(row, m.type) ?? cell(row, m.category);
      if (m.category && cell(row, m.category)) {
        const value = cell(row, m.category)!;
        category = mapping.categories?.[value] ?? (['military', 'diplomatic', 'humanitarian', 'political'].includes(value) ? (value as EventCategory) : fixed.category);
        if (!category) reject(m.category, `"${value}" is not in the mapping's categories table`);
      }
      const description = needed(row, m.description);
      const url = cell(row, m.sourceUrl);
      if (url && !/^https?:\/\/\S+$/.test(url)) reject(m.sourceUrl, `${url} is not an http(s) address`);
      const actorNames = (m.actors ?? []).flatMap((c) => (cell(row, c) ?? '').split(';').map((s) => s.trim()).filter(Boolean));
      const actors = [...(fixed.actors ?? []), ...actorNames.map((name) => ({ name, kind: fixed.actorKind ?? kindFromName(name) }))];
      const deaths = count(row, m.fatalities);
      const rawDate = cell(row, m.date)!;
      const dateQuote = `${m.date}: ${row.cells[m.date]}`;
      const title = cell(row, m.title);
      const words = PLACE_WORDS[locationPrecision];
      return {
        rowId,
        idColumn: m.id,
        date: start,
        precision,
        ...(precision === 'span' && { until: end }),
        dateText: rawDate,
        dateQuote: dateQuote.trimEnd(),
        ...(end && { dateNote: `${mapping.dataset} gives a range: from ${start} to ${end}.` }),
        place: { name: placeName, lon, lat, country: country!, countryName: countryName!, ...(fixed.placeKind && { kind: fixed.placeKind }) },
        locationPrecision,
        ...(words && { placeNote: `${placeName}: ${mapping.dataset} places it ${words}.` }),
        quote: cellQuote(m.description, row.cells[m.description]),
        category: category!,
        ...(type && { type }),
        ...(cell(row, m.subType) && { subType: cell(row, m.subType) }),
        actors,
        ...(deaths !== undefined && { fatalities: { best: deaths } }),
        ...(cell(row, m.citation) && { citation: clip(cell(row, m.citation)!, 300) }),
        ...(url && { citationUrl: url }),
        title: clip(title ?? `${type ? `${type}: ` : ''}${placeName}`, 80),
        summary: clip(`${title ? `${title}. ` : ''}${description}`, 400),
      };
    },
  };
}

/** The source a mapped CSV's rows cite: everything from the mapping's `source`. */
export function mappedRelease(mapping: CsvMapping | { dataset: string; source?: CsvMapping['source'] }, retrieved: string, mapFile: string): Release {
  const s = mapping.source ?? {};
  const need = <T>(v: T | undefined, field: string): T => v ?? (() => { throw new ImportError(mapFile, `source.${field}`, 'is needed: the importer cannot know it for a file of this kind'); })();
  return {
    dataset: s.dataset ?? mapping.dataset,
    publisher: need(s.publisher, 'publisher'),
    title: need(s.title, 'title'),
    ...(s.version && { version: s.version }),
    url: need(s.url, 'url'),
    ...(s.licence && { licence: s.licence }),
    ...(s.attribution && { attribution: s.attribution }),
    ...(s.redistributable !== undefined && { redistributable: s.redistributable }),
    published: s.published ?? retrieved,
    retrieved: s.retrieved ?? retrieved,
    language: s.language ?? 'en',
    ...(s.note && { note: s.note }),
  };
}
