import { z } from 'zod';
import { actorRecord, type ActorRecord } from '@/lib/schemas/actor';
import { eventRecord, type EventRecord } from '@/lib/schemas/event';
import { placeRecord, type PlaceRecord } from '@/lib/schemas/place';
import { sourceRecord, type SourceRecord } from '@/lib/schemas/source';
import { DataError, parseFile } from './data-error';

/** The raw text of each data file, by its path relative to the data folder. */
export type DataFiles = {
  'sources.json': string;
  'places.json': string;
  'actors.json': string;
  'events.json': string;
  /** Archived source texts by file name (data/sources/{file}). */
  texts: Record<string, string>;
};

export type ArchivedSource = SourceRecord & { text: string };

/** The validated, cross-checked and indexed situation data. */
export type Dataset = {
  sources: Map<string, ArchivedSource>;
  places: PlaceRecord[];
  placeById: Map<string, PlaceRecord>;
  actorById: Map<string, ActorRecord>;
  /** Sorted by date, then id. */
  events: EventRecord[];
  eventById: Map<string, EventRecord>;
};

function indexById<T extends { id: string }>(file: string, records: T[]): Map<string, T> {
  const map = new Map<string, T>();
  records.forEach((r, i) => {
    if (map.has(r.id)) throw new DataError(file, `[${i}] (id "${r.id}")`, 'id is used twice');
    map.set(r.id, r);
  });
  return map;
}

function requireRef(map: Map<string, unknown>, id: string, file: string, record: string, what: string) {
  if (!map.has(id)) throw new DataError(file, record, `${what} "${id}" is not defined`);
}

/** Validates every file and every reference between them; throws a DataError naming the first problem. */
export function buildDataset(files: DataFiles): Dataset {
  const sourceList = parseFile('data/sources.json', files['sources.json'], z.array(sourceRecord));
  const places = parseFile('data/places.json', files['places.json'], z.array(placeRecord));
  const actors = parseFile('data/actors.json', files['actors.json'], z.array(actorRecord));
  const events = parseFile('data/events.json', files['events.json'], z.array(eventRecord));

  const sources = new Map<string, ArchivedSource>();
  indexById('data/sources.json', sourceList).forEach((s, id) => {
    const text = files.texts[s.file];
    if (text === undefined) throw new DataError('data/sources.json', `(id "${id}")`, `archived text data/sources/${s.file} is missing`);
    sources.set(id, { ...s, text });
  });
  const placeById = indexById('data/places.json', places);
  const actorById = indexById('data/actors.json', actors);
  actors.forEach((a, i) => {
    if (a.memberOf) requireRef(actorById, a.memberOf, 'data/actors.json', `[${i}] (id "${a.id}").memberOf`, 'actor');
  });
  const eventById = indexById('data/events.json', events);

  events.forEach((e, i) => {
    const record = `[${i}] (id "${e.id}")`;
    requireRef(placeById, e.placeId, 'data/events.json', `${record}.placeId`, 'place');
    e.actors.forEach((a, j) => requireRef(actorById, a, 'data/events.json', `${record}.actors[${j}]`, 'actor'));
    e.sources.forEach((c, j) => {
      const at = `${record}.sources[${j}]`;
      const source = sources.get(c.sourceId);
      if (!source) throw new DataError('data/events.json', `${at}.sourceId`, `source "${c.sourceId}" is not defined`);
      if (!source.text.includes(c.quote)) {
        throw new DataError('data/events.json', `${at}.quote`, `quote is not found verbatim in data/sources/${source.file}`);
      }
    });
  });

  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { sources, places, placeById, actorById, events: sorted, eventById };
}
